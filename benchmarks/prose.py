"""Lines of ordinary prose in 20 languages, written for the benchmarks: what a scraper hands
``parse`` when it calls it on every text node of a page, and what ``find`` scans.

No line is a timestamp, though many hold numbers, weekdays, month names and times of day
inside a sentence, as news prose does. ``lines()`` cuts and joins the sentences into lines
of 20 to 500 characters, seeded.
"""

from __future__ import annotations

import random

SENTENCES: dict[str, tuple[str, ...]] = {
    "en": (
        "The minister said on Monday that talks would resume after the holiday.",
        "More than 40 people were injured when the roof of the market collapsed.",
        "The council voted 7-2 to approve the new budget for the coming year.",
        "Shares fell 3.5 percent in early trading before recovering in the afternoon.",
        "We may never know what happened in the last minutes of the flight.",
    ),
    "de": (
        "Die Regierung hat am Dienstag neue Zahlen zur Arbeitslosigkeit vorgelegt.",
        "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
        "Der Verein will im Mai über den Bau eines neuen Stadions entscheiden.",
        "Die Preise für Strom und Gas sind im vergangenen Jahr deutlich gestiegen.",
    ),
    "fr": (
        "Le président a rencontré les représentants des syndicats mercredi soir.",
        "Plus de 200 personnes ont participé à la manifestation dans le centre-ville.",
        "La ministre a annoncé un plan de 3 milliards d'euros pour les hôpitaux.",
        "Les négociations reprendront après les vacances, selon une source proche du dossier.",
    ),
    "es": (
        "El equipo ganó 2-1 en el último minuto y se coloca a tres puntos del líder.",
        "El gobierno aprobó el martes una reforma de la ley de vivienda.",
        "Miles de personas salieron a la calle para protestar contra los recortes.",
        "La empresa prevé contratar a 500 trabajadores antes de final de año.",
    ),
    "pt": (
        "O presidente anunciou novas medidas para combater a inflação na quinta-feira.",
        "Mais de 30 mil pessoas assistiram ao concerto no estádio da cidade.",
        "A votação do orçamento foi adiada para a próxima semana.",
    ),
    "it": (
        "Il governo ha approvato il decreto dopo una lunga riunione notturna.",
        "Secondo i dati dell'istituto, la disoccupazione è scesa al 7 per cento.",
        "La squadra tornerà ad allenarsi lunedì dopo due giorni di riposo.",
    ),
    "nl": (
        "De gemeente wil volgend jaar 200 nieuwe woningen bouwen in het centrum.",
        "Volgens de politie raakte niemand gewond bij de brand in de loods.",
        "Het kabinet presenteert in september de plannen voor de zorg.",
    ),
    "ru": (
        "Министр заявил журналистам, что переговоры продолжатся на следующей неделе.",
        "В результате пожара пострадали 12 человек, двое из них в тяжелом состоянии.",
        "Цены на жилье в столице выросли на 8 процентов за год.",
    ),
    "uk": (
        "Уряд ухвалив рішення про підвищення мінімальної зарплати з січня.",
        "Рятувальники працювали на місці аварії всю ніч.",
        "У середу в місті відбудеться концерт на підтримку лікарні.",
    ),
    "pl": (
        "Rząd przyjął we wtorek projekt ustawy o ochronie środowiska.",
        "W wypadku na autostradzie rannych zostało pięć osób.",
        "Ceny mieszkań w dużych miastach wzrosły o 10 procent.",
    ),
    "tr": (
        "Bakan, yeni düzenlemenin önümüzdeki ay yürürlüğe gireceğini söyledi.",
        "Kazada 4 kişi yaralandı, yaralılar hastaneye kaldırıldı.",
        "Belediye, şehir merkezinde yeni bir park yapılacağını açıkladı.",
    ),
    "ar": (
        "قال المتحدث باسم الوزارة إن الفرق تعمل منذ ساعات الصباح على إعادة التيار الكهربائي.",
        "أعلنت الحكومة عن خطة جديدة لدعم المشروعات الصغيرة في المحافظات.",
        "شارك أكثر من ألف شخص في المسيرة التي انطلقت من وسط المدينة.",
    ),
    "fa": (
        "وزیر امور خارجه گفت که مذاکرات هفته آینده از سر گرفته می‌شود.",
        "بر اثر این حادثه سه نفر زخمی و به بیمارستان منتقل شدند.",
        "قیمت مسکن در پایتخت طی یک سال گذشته افزایش یافته است.",
    ),
    "he": (
        "הממשלה אישרה ביום ראשון את התקציב לשנה הבאה.",
        "לפי המשטרה, איש לא נפגע בשריפה שפרצה במחסן.",
        "העירייה תפתח גן ציבורי חדש במרכז העיר בקיץ.",
    ),
    "hi": (
        "सरकार ने मंगलवार को नई शिक्षा नीति पर चर्चा के लिए बैठक बुलाई।",
        "हादसे में पांच लोग घायल हो गए जिन्हें अस्पताल में भर्ती कराया गया।",
        "शहर में अगले सप्ताह से नई बस सेवा शुरू होगी।",
    ),
    "ja": (
        "政府は来週にも新たな経済対策をまとめる方針で、与党内の調整を急いでいる。",
        "事故で3人がけがをし、近くの病院に運ばれた。",
        "市は来年度から駅前の再開発に着手する予定だ。",
    ),
    "zh": (
        "政府表示将在下个月公布新的住房政策，以稳定市场预期。",
        "事故造成三人受伤，伤者已被送往附近医院治疗。",
        "该公司计划在年底前招聘五百名员工。",
    ),
    "ko": (
        "정부는 다음 주에 새로운 경제 대책을 발표할 예정이다.",
        "사고로 세 명이 다쳐 인근 병원으로 옮겨졌다.",
        "시는 내년부터 역 앞 재개발을 시작할 계획이다.",
    ),
    "id": (
        "Pemerintah daerah akan membuka kembali sekolah setelah libur panjang.",
        "Tiga orang terluka dalam kecelakaan di jalan tol pada petang hari.",
        "Harga beras naik 5 persen dalam sebulan terakhir.",
    ),
    "vi": (
        "Chính phủ cho biết sẽ công bố chính sách nhà ở mới vào tháng tới.",
        "Vụ tai nạn khiến ba người bị thương và được đưa đến bệnh viện.",
        "Thành phố dự kiến khởi công dự án vào cuối năm nay.",
    ),
}


def lines(n: int = 2000, seed: int = 0) -> list[tuple[str, str]]:
    """``n`` (line, language) pairs of 20-500 characters: one or more sentences of one
    language, cut at a space to a random length."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    langs = sorted(SENTENCES)
    while len(out) < n:
        lang = rng.choice(langs)
        target = int(20 * (25 ** rng.random()))  # 20-500, as many short lines as long ones
        text = ""
        while len(text) < target:
            text = (text + " " + rng.choice(SENTENCES[lang])).strip()
        if len(text) > target:
            cut = text.rfind(" ", 20, target)
            text = text[:cut] if cut > 0 else text[:max(target, 20)]
        out.append((text[:500], lang))
    return out
