import sys

from localenorm.cli import main

# (Guarded: convert --jobs workers started by spawn import this module again.)
if __name__ == "__main__":
    sys.exit(main())
