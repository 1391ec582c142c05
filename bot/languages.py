"""Which language a message is written in, when it is plainly not English.

MindLink writes only in English. When someone writes in another language, a short line in
theirs says so and names the emergency number, so a person in danger is not left with a reply
they cannot read. Only a few common languages are known, by their everyday function words.
"""

from __future__ import annotations

import re

# Words common in each language and rare in English texting.
_SAID: dict[str, str] = {
    "es": (
        "hola necesito ayuda quiero estoy tengo puedo vida morir matarme gracias triste nadie mi "
        "miedo tiene sentido dormir cansado cansada alguien hablar llamar dolor casa familia "
        "porque muy siento favor vivir morirme mas más mucho ya nada soy solo sola hacer mis "
        "ayudame ayúdame puedes tú usted hablas español bien mal ataques panico pánico que qué "
        "se sé tal como cómo estás estas buenos buenas días dias noches adiós adios hasta luego "
        # "tengo un examen mañana y estoy nerviosa", "que haces"
        "un una mañana manana hoy examen trabajo nerviosa nervioso preocupada preocupado feliz "
        "contenta contento pero para por del los las el está haces hace jajaja jaja"
    ),
    "fr": (
        "bonjour salut je veux suis mourir aide besoin pas plus vie triste personne merci "
        "j'ai ai moi tu vous êtes es parles français aider mal bien envie rien ça va "
        "comment stressé stressée fatigué fatiguée seul seule peur un peu très bonsoir oui "
        "c'est bientôt bientot beaucoup coucou aujourd'hui aujourdhui demain contente heureux "
        "heureuse"
    ),
    "pt": (
        "olá preciso ajuda quero morrer estou não nao vida obrigado obrigada ninguém "
        "ninguem sozinho sozinha você voce falar português portugues ajudar viver"
    ),
    "de": (
        "hallo ich will nicht sterben hilfe brauche bin mehr leben niemand danke mir mich "
        "kannst du sprichst deutsch helfen allein schlecht wie geht dir traurig gut müde "
        "angst einsam bitte geht's gehts tschüss tschuss guten abend nacht"
    ),
    "it": (
        "ciao voglio morire aiuto sono più piu vita nessuno grazie bisogno aiutami parli "
        "italiano vivere male sola solo"
    ),
    "hi": (
        "mujhe marna mar jana jaana hai nahi nahin main mera meri kya jeena madad zindagi koi "
        "bahut hoon karo kaise chahta chahti "
        # everyday Hindi in Latin letters: "kaise ho", "main theek hoon", "aaj bahut thak gaya
        # hoon", "mera mann udaas hai", "kya tum hindi samajhte ho", "shukriya"
        "ho theek thik aaj thak thaka thaki gaya gayi udaas udas mann dil accha acha achha tum "
        "aap shukriya dhanyavaad dhanyavad yaar kuch samajh samajhte samajhti raha rahi rahe "
        "hain tha thi kyun kyu tumhara aapka neend dard pareshan dukhi akela akeli "
        "abhi bhi phir milenge alvida kal baat"
    ),
    "tl": (
        "ayoko mabuhay gusto ko mamatay tulong ako wala hindi po kailangan tulungan "
        "mag-isa malungkot"
    ),
    # Turkish: "merhaba nasılsın", "çok üzgünüm", "ölmek istiyorum", "yardım lazım"
    "tr": (
        "merhaba merhabalar selam nasılsın nasilsin naber iyiyim iyi değilim degilim kötü kotu "
        "kötüyüm kotuyum ben sen yardım yardim lazım lazim lütfen lutfen teşekkürler tesekkurler "
        "teşekkür sağol sagol evet hayır hayir üzgünüm uzgunum üzgün yalnızım yalnizim yalnız "
        "ölmek olmek istiyorum istemiyorum yorgunum korkuyorum çok cok ama günaydın gunaydin "
        "geceler hiç hic kimse yok"
    ),
}
# Words that mark a message as English, whatever else is in it.
_SAID["en"] = (
    "the i you my is to and it of want im i'm don't dont what this that have just feel with "
    "for are was be can how please help need"
)
# A cry for help that is plainly one language even alone: "ayuda", "hilfe", "bachao".
_ALONE = {
    "ayuda": "es",
    "ayúdame": "es",
    "ayudame": "es",
    "socorro": "es",
    "auxilio": "es",
    "aidez-moi": "fr",
    "secours": "fr",
    "ajuda": "pt",
    "hilfe": "de",
    "aiuto": "it",
    "aiutami": "it",
    "bachao": "hi",
    "madad": "hi",
    "tulong": "tl",
    "saklolo": "tl",
}
# A hello in another language, sent alone ("bonjour", "merhaba", "hallo"): met in English
# with the line in theirs. Not "hola", "ciao" or "namaste", which English texters use too.
_HELLO = {
    "bonjour": "fr",
    "bonsoir": "fr",
    "salut": "fr",
    "coucou": "fr",
    "merhaba": "tr",
    "merhabalar": "tr",
    "selam": "tr",
    "selamlar": "tr",
    "günaydın": "tr",
    "gunaydin": "tr",
    "iyi akşamlar": "tr",
    "hallo": "de",
    "guten morgen": "de",
    "guten tag": "de",
    "guten abend": "de",
    "servus": "de",
    "moin": "de",
    "buenos días": "es",
    "buenos dias": "es",
    "buenas tardes": "es",
    "olá": "pt",
    "bom dia": "pt",
    "boa tarde": "pt",
    "buongiorno": "it",
    "buonasera": "it",
}
_HELLO_ALONE = re.compile(
    r"^\W*(?P<hello>" + "|".join(sorted(_HELLO, key=len, reverse=True)) + r")"
    r"(?:\s+(?:à tous|a tous|tout le monde|zusammen|a todos))?[\W_]*$",
    re.IGNORECASE,
)
_WORDS = {lang: frozenset(words.split()) for lang, words in _SAID.items()}
_ENGLISH = _WORDS.pop("en")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def written_in(text: str) -> str | None:
    """The language code ("es", "fr", "pt", "de", "it", "hi", "tl", "tr") of a message plainly in
    one of them, or None (English, mixed, or not known)."""
    # each word once: "ho ho ho merry christmas" is not three words of Hindi
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(text)))
    if not words:
        return None
    if len(words) == 1 and text.strip(" !.?¡¿").lower() in _ALONE:
        return _ALONE[text.strip(" !.?¡¿").lower()]  # "ayuda", "hilfe!": help asked, alone
    english = sum(w in _ENGLISH for w in words)
    scores = {lang: sum(w in known for w in words) for lang, known in _WORDS.items()}
    lang, best = max(scores.items(), key=lambda item: item[1])
    if best < 2 or best <= english or best * 2 < len(words):
        return None
    return lang


def greeted_in(text: str) -> str | None:
    """The language code of a hello sent alone in another language ("bonjour": "fr",
    "merhaba": "tr", "hallo!": "de"), or None."""
    found = _HELLO_ALONE.match(text.strip())
    if found is None:
        return None
    said = found["hello"].lower().replace("ı", "i")  # "GÜNAYDIN" lowers to "günaydin"
    return next(lang for hello, lang in _HELLO.items() if hello.replace("ı", "i") == said)


# "je vais bien merci", "main theek hoon", "mir geht's gut, danke": fine, said in another
# language, and nothing else (never "je ne vais pas bien", "theek nahi hoon").
_FINE_ABROAD = re.compile(
    r"^\W*(?:(?:oui|si|sí|ja|sim|haan|han|evet|oo)\W+)?(?:je vais (?:très |tres )?bien|(?:ça|ca) "
    r"va(?: (?:très |tres )?bien)?|tout va bien|(?:yo )?estoy (?:muy )?bien|todo bien|muy bien|"
    r"mir geht(?:'?s| es) (?:sehr )?gut|alles gut|sto bene|tutto bene|(?:eu )?estou bem|tudo "
    r"bem|tudo bom|(?:main |mai )?(?:theek|thik|thk) (?:hoon|hu|hun|hai|hain|h)|sab (?:theek|thik)"
    r"(?: hai)?|(?:ben )?iyiyim|ayos lang(?: ako)?|okay lang(?: ako)?)"
    r"(?:\W+(?:merci|gracias|danke|grazie|obrigad[oa]|shukriya|dhanyavaad|dhanyavad|"
    r"teşekkürler|tesekkurler|teşekkür ederim|salamat)(?: beaucoup| mucho| muchas| schön| "
    r"mille| po)?)*(?:\W+(?:et toi|et vous|y tú|y tu|y usted|und dir|und ihnen|e tu|e você|e "
    r"voce|aur aap|aur tum|aap kaise ho|sen|siz|ikaw))?\W*$",
    re.IGNORECASE,
)


def fine_abroad(text: str) -> bool:
    """Fine, and perhaps thanks, said in another language and nothing more ("ça va?", "tudo
    bem?" ask how we are)."""
    return not text.strip().endswith("?") and _FINE_ABROAD.match(text.strip()) is not None
