import sys

from localenorm.cli import main

sys.exit(main())
