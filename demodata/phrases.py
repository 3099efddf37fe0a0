"""A bank of survey comment sentences, by language, theme and polarity, and a comment composer.

Every sentence names its theme with a plain keyword (delivery/levering, price/pris,
quality/kvalitet, support/kundeservice, account manager/kontaktperson/kundeansvarlig,
invoice/faktura, appreciated/værdsat), so a keyword-based theme finder can recover it.
All sentences were written for this generator.
"""

from __future__ import annotations

import numpy as np

THEMES = ("delivery", "price", "quality", "support", "account_manager", "invoicing", "appreciation")
LANGUAGES = ("en", "da")

THEME_KEYWORDS = {
    "delivery": {"en": ("deliver",), "da": ("lever",)},
    "price": {"en": ("price", "pricing", "expensive"), "da": ("pris", "dyrt")},
    "quality": {"en": ("quality",), "da": ("kvalitet",)},
    "support": {"en": ("support",), "da": ("support", "kundeservice")},
    "account_manager": {
        "en": ("account manager",),
        "da": ("account manager", "kontaktperson", "kundeansvarlig"),
    },
    "invoicing": {"en": ("invoic",), "da": ("faktur",)},
    "appreciation": {"en": ("appreciat", "valued"), "da": ("værdsat", "værdsætter", "påskønnet")},
}

_EN = {
    ("delivery", "pos"): [
        "Deliveries arrive on time, every time.",
        "Delivery is fast and reliable.",
        "We can always count on the delivery date you promise.",
        "Your delivery precision has been excellent this year.",
        "Orders are delivered complete and well packed.",
        "The new delivery tracking makes planning much easier for us.",
        "Even urgent orders were delivered within a day or two.",
        "We have not had a single late delivery in months.",
        "Delivery times are short and predictable.",
        "Deliveries to our sites in different countries work smoothly.",
        "Your drivers and the whole delivery process are very professional.",
        "Delivery is one of the main reasons we stay with you.",
        "The delivery team handled a rush order for us brilliantly.",
        "Deliveries always match what we ordered.",
        "Stable delivery performance, even during the busy season.",
        "Delivery notifications are accurate and timely.",
        "Next-day delivery has made a real difference to our stock levels.",
        "You delivered exactly what was agreed, when it was agreed.",
    ],
    ("delivery", "neg"): [
        "Deliveries are often late, which stops our production.",
        "Too many deliveries arrive incomplete.",
        "Delivery dates are not kept and nobody tells us in advance.",
        "We had to chase the last three deliveries ourselves.",
        "The delivery time has gone from days to weeks.",
        "Wrong items in the delivery again this month.",
        "Delivery tracking is useless, the status never updates.",
        "A late delivery cost us a customer order.",
        "Goods are delivered damaged far too often.",
        "Delivery performance has clearly dropped since the summer.",
        "We cannot plan when delivery promises keep changing.",
        "Partial deliveries mean extra work on our side every week.",
        "The delivery to our warehouse in Germany was a week late.",
        "Backorders and delayed delivery have become normal.",
        "Delivery problems are the main reason for my score.",
        "Unreliable delivery makes us look for a second supplier.",
        "Nobody could tell us where our delivery was.",
        "Deliveries come without the documents we need.",
    ],
    ("price", "pos"): [
        "The price is fair for the quality we get.",
        "Competitive prices compared to other suppliers.",
        "Good value for money at this price.",
        "Your pricing is transparent and easy to understand.",
        "Stable prices have helped our budgeting a lot.",
        "The volume discount on the price list makes a real difference.",
        "Price and terms are better than what we had before.",
        "The price level is reasonable given the service.",
        "No surprises on price, which our finance team likes.",
        "Fair pricing on both standard and custom orders.",
        "The new price agreement is a good deal for both sides.",
        "Prices are in line with the market, and you deliver more for them.",
        "Good price, good product.",
        "You are honest about price changes and explain them well.",
        "The price for large orders is very competitive.",
        "Clear pricing makes it easy to get internal approval.",
    ],
    ("price", "neg"): [
        "The price is too high compared to competitors.",
        "Prices went up twice this year without a good explanation.",
        "The price increase was announced far too late.",
        "We pay a premium price but do not get premium service.",
        "Freight charges make the total price hard to accept.",
        "Pricing is not transparent, every quote looks different.",
        "Competitors offer the same for a lower price.",
        "The price list changes too often.",
        "Our budget cannot absorb another price increase.",
        "Small orders carry an unreasonable price surcharge.",
        "We were promised a lower price for volume that never appeared.",
        "The price is the main reason we are reconsidering.",
        "Too expensive for what it is.",
        "Price negotiations are slow and one-sided.",
        "Prices are not competitive in our market anymore.",
        "The price went up but nothing else improved.",
    ],
    ("quality", "pos"): [
        "The product quality is consistently high.",
        "Excellent quality, we rarely see defects.",
        "Quality is the reason we chose you and it still holds.",
        "Very good quality and solid documentation.",
        "The quality of the new product line impressed our engineers.",
        "High quality, few complaints from our own customers.",
        "Consistent quality from batch to batch.",
        "Top quality products.",
        "Your quality certificates are always in order.",
        "We trust the quality, so we have reduced our incoming inspection.",
        "Quality has improved noticeably over the last year.",
        "Great quality and durable products.",
        "The quality matches the specifications every time.",
        "Our production runs smoothly thanks to the quality of your parts.",
        "Best quality we have found in the market.",
        "Quality is excellent and the finish is perfect.",
    ],
    ("quality", "neg"): [
        "Quality has dropped over the last year.",
        "Too many defects in the last batches, quality is not stable.",
        "The quality is not consistent from order to order.",
        "We had to return goods because of poor quality.",
        "Quality problems are causing rework on our side.",
        "The quality does not justify what we pay.",
        "Several units failed within the first month, a clear quality issue.",
        "Quality control seems to have disappeared.",
        "We see more quality deviations than we can accept.",
        "Poor quality on the replacement parts as well.",
        "The packaging quality is poor and goods get damaged.",
        "Quality issues have been reported several times without a fix.",
        "Our customers are complaining about the quality of your parts.",
        "Quality is simply not good enough anymore.",
        "The last batch had visible quality defects.",
        "We now have to inspect everything because we cannot trust the quality.",
    ],
    ("support", "pos"): [
        "Support is quick to respond and knows the products.",
        "Customer support solved our problem the same day.",
        "The support team is friendly and competent.",
        "Excellent support when we had a technical issue.",
        "Support always follows up until the case is closed.",
        "Great support, they really listen.",
        "Fast and helpful support by phone and email.",
        "The support portal is easy to use and cases are handled quickly.",
        "Your support staff go the extra mile.",
        "Support explained the solution clearly and it worked.",
        "We always get a competent person when we call support.",
        "Support handled our complaint professionally.",
        "Quick support response, even outside normal hours.",
        "The support case was resolved faster than expected.",
        "Support kept us updated at every step.",
        "First-class support from people who know what they are doing.",
    ],
    ("support", "neg"): [
        "Support takes days to answer a simple question.",
        "Our support case was closed without being solved.",
        "It is impossible to reach support by phone.",
        "Support keeps asking for the same information again.",
        "We were passed around between support people for weeks.",
        "Slow support and no ownership of the problem.",
        "Support does not know the products well enough.",
        "Our complaint has been open for over a month with no answer from support.",
        "Support promised a callback that never came.",
        "The support portal loses our attachments.",
        "Poor support when things go wrong.",
        "Support answers are standard texts that do not help.",
        "Escalating a support case is far too hard.",
        "Support response times are unacceptable.",
        "We get a new support person every time and have to explain everything again.",
        "Support closed the ticket while the problem was still there.",
    ],
    ("account_manager", "pos"): [
        "Our account manager is proactive and really understands our business.",
        "Great account manager, always available.",
        "The account manager follows up on everything that was promised.",
        "Our account manager brings good ideas to the table.",
        "Very good relationship with our account manager.",
        "The account manager visits regularly and knows our needs.",
        "Our account manager solved a difficult situation for us quickly.",
        "Excellent account manager who takes ownership.",
        "Thanks to our account manager we always get answers fast.",
        "The account manager is the best part of working with you.",
        "Our new account manager has made a very good start.",
        "Reliable account manager with strong product knowledge.",
        "Our account manager keeps us informed before we have to ask.",
        "Our account manager helped us reduce our costs.",
        "She is the best account manager we have had with any supplier.",
        "He is a responsive account manager who knows our history.",
    ],
    ("account_manager", "neg"): [
        "We never hear from our account manager.",
        "Our account manager changed again and we have to start over.",
        "The account manager does not answer emails.",
        "Our account manager only calls when it is time to renew.",
        "The account manager does not understand our business.",
        "Promises from the account manager are not kept.",
        "We do not know who our account manager is anymore.",
        "The account manager was not interested in our problems.",
        "Too little contact with the account manager.",
        "Our account manager is pushing products we do not need.",
        "The account manager left and no one took over.",
        "No follow-up from the account manager after our meeting.",
        "The account manager is hard to reach when it matters.",
        "We would like an account manager who visits us.",
        "Three different account managers in one year is too many.",
        "Our account manager does not know our order history.",
    ],
    ("invoicing", "pos"): [
        "Invoices are correct and easy to read.",
        "Invoicing is smooth and matches our orders.",
        "Electronic invoicing works perfectly with our system.",
        "No errors on the invoices this year.",
        "Clear invoices with the right order references.",
        "Credit notes come quickly when needed and invoicing is accurate.",
        "Invoicing is simple and on time.",
        "Our accounts payable team is happy with your invoices.",
        "The monthly invoice is well structured.",
        "Invoice questions are answered quickly.",
        "Being invoiced in our own currency makes things easy.",
        "Good invoicing, no surprises.",
        "The consolidated monthly invoice saves us a lot of work.",
        "Invoices always carry our PO number, which helps a lot.",
    ],
    ("invoicing", "neg"): [
        "Invoices are often wrong and need a credit note.",
        "We receive invoices without our purchase order number.",
        "Invoicing errors take weeks to correct.",
        "Duplicate invoices are a recurring problem.",
        "The invoice did not match what was agreed.",
        "Invoicing in the wrong currency caused extra work.",
        "Invoices arrive late, which messes up our month-end.",
        "Too many manual corrections of invoices.",
        "We were invoiced for goods we never received.",
        "Nobody answers our questions about the invoice.",
        "The invoice format does not work with our system.",
        "We got reminder fees on invoices we had already disputed.",
        "Every invoice needs to be checked line by line.",
        "Invoicing is confusing with too many separate documents.",
    ],
    ("appreciation", "pos"): [
        "We feel appreciated as a customer.",
        "You make us feel like a valued partner.",
        "It is clear that you appreciate our business.",
        "We feel valued, not just like another order number.",
        "Thank you for always treating us as an important and valued customer.",
        "The invitation to your customer day showed that you appreciate us.",
        "You listen to our feedback, which makes us feel valued.",
        "We feel appreciated even though we are a small customer.",
        "You remember our history, and we feel valued for the partnership.",
        "Being your customer feels like a real partnership, and we feel appreciated.",
        "Your team makes us feel valued every time we call.",
        "Being involved in your product plans makes us feel appreciated.",
        "Small gestures like the yearly visit make us feel appreciated.",
        "We really appreciate how you treat loyal customers.",
    ],
    ("appreciation", "neg"): [
        "We do not feel appreciated as a customer.",
        "After ten years, we do not feel valued at all.",
        "It seems you only appreciate the big customers.",
        "Nobody thanked us for our loyalty, we do not feel appreciated.",
        "We feel taken for granted and not valued.",
        "New customers get better deals, which does not make us feel valued.",
        "There is no sign that you appreciate our business.",
        "We have not felt appreciated since the contract was signed.",
        "Our feedback is never acted on, so we do not feel valued.",
        "We do not feel like a valued partner anymore.",
        "You do not seem to appreciate how much we buy from you.",
        "Loyal customers are not appreciated.",
        "A little more appreciation for a long-standing customer would help.",
        "We feel like just another number, not a valued customer.",
    ],
}

_DA = {
    ("delivery", "pos"): [
        "Leveringerne kommer altid til tiden.",
        "Hurtig og pålidelig levering.",
        "Vi kan altid regne med den leveringsdato, I lover.",
        "Jeres leveringspræcision har været rigtig god i år.",
        "Ordrerne bliver leveret komplette og godt pakket.",
        "Selv hasteordrer blev leveret på en dag eller to.",
        "Vi har ikke haft en eneste forsinket levering i flere måneder.",
        "Korte og forudsigelige leveringstider.",
        "Leveringen er en af hovedårsagerne til, at vi bliver hos jer.",
        "Stabil levering, også i højsæsonen.",
        "Leveringerne passer altid med det, vi har bestilt.",
        "Chaufførerne og hele leveringen fungerer meget professionelt.",
        "Den nye sporing af leveringer gør vores planlægning meget lettere.",
        "Levering til vores lagre i flere lande fungerer gnidningsfrit.",
        "Levering dagen efter har gjort en stor forskel for vores lager.",
    ],
    ("delivery", "neg"): [
        "Leveringerne er ofte forsinkede, og det stopper vores produktion.",
        "For mange leveringer kommer ufuldstændige.",
        "Leveringsdatoerne bliver ikke overholdt, og ingen giver besked.",
        "Vi har selv måttet rykke for de sidste tre leveringer.",
        "Leveringstiden er gået fra dage til uger.",
        "Forkerte varer i leveringen igen i denne måned.",
        "En forsinket levering kostede os en ordre.",
        "Varerne bliver alt for ofte leveret beskadigede.",
        "Leveringen er blevet tydeligt dårligere siden sommer.",
        "Vi kan ikke planlægge, når leveringsdatoen hele tiden ændres.",
        "Delleveringer betyder ekstra arbejde for os hver uge.",
        "Problemer med levering er hovedårsagen til min score.",
        "Upålidelig levering får os til at kigge efter en anden leverandør.",
        "Restordrer og forsinket levering er blevet normalen.",
        "Ingen kunne fortælle os, hvor vores levering var.",
    ],
    ("price", "pos"): [
        "Prisen er fair i forhold til kvaliteten.",
        "Konkurrencedygtige priser sammenlignet med andre leverandører.",
        "God værdi for pengene, og prisen er rimelig.",
        "Jeres prissætning er gennemskuelig og let at forstå.",
        "Stabile priser har gjort vores budgetlægning meget lettere.",
        "Mængderabatten gør en reel forskel på prisen.",
        "Prisen er rimelig set i forhold til servicen.",
        "Ingen overraskelser på prisen, det kan vores økonomiafdeling lide.",
        "Den nye prisaftale er god for begge parter.",
        "Priserne ligger på markedsniveau, og I leverer mere for dem.",
        "God pris og godt produkt.",
        "I er ærlige om prisændringer og forklarer dem godt.",
        "Prisen på store ordrer er meget konkurrencedygtig.",
    ],
    ("price", "neg"): [
        "Prisen er for høj i forhold til konkurrenterne.",
        "Priserne er steget to gange i år uden en god forklaring.",
        "Prisstigningen blev varslet alt for sent.",
        "Vi betaler en høj pris, men får ikke tilsvarende service.",
        "Fragten gør den samlede pris svær at acceptere.",
        "Prissætningen er uigennemskuelig, hvert tilbud ser forskelligt ud.",
        "Konkurrenterne tilbyder det samme til en lavere pris.",
        "Vores budget kan ikke bære endnu en prisstigning.",
        "Små ordrer har et urimeligt pristillæg.",
        "Prisen er hovedårsagen til, at vi overvejer andre leverandører.",
        "Alt for dyrt, prisen hænger ikke sammen med det, vi får.",
        "Priserne er ikke længere konkurrencedygtige på vores marked.",
        "Prisen steg, men intet andet blev bedre.",
    ],
    ("quality", "pos"): [
        "Kvaliteten er høj og stabil.",
        "Fremragende kvalitet, vi ser sjældent fejl.",
        "Kvaliteten er grunden til, at vi valgte jer, og den holder stadig.",
        "Rigtig god kvalitet og god dokumentation.",
        "Ensartet kvalitet fra batch til batch.",
        "Kvaliteten af den nye produktserie imponerede vores teknikere.",
        "Høj kvalitet og få reklamationer fra vores egne kunder.",
        "Vi stoler på kvaliteten og har skåret ned på vores modtagekontrol.",
        "Kvaliteten er blevet mærkbart bedre det seneste år.",
        "Topkvalitet hele vejen igennem.",
        "Kvaliteten matcher specifikationerne hver gang.",
        "Vores produktion kører stabilt takket være kvaliteten af jeres dele.",
        "Den bedste kvalitet, vi har fundet på markedet.",
    ],
    ("quality", "neg"): [
        "Kvaliteten er faldet det seneste år.",
        "For mange fejl i de seneste partier, kvaliteten svinger.",
        "Kvaliteten er ikke ensartet fra ordre til ordre.",
        "Vi har måttet returnere varer på grund af dårlig kvalitet.",
        "Kvalitetsproblemer giver os ekstra arbejde.",
        "Flere enheder gik i stykker den første måned, det er et kvalitetsproblem.",
        "Det virker som om kvalitetskontrollen er forsvundet.",
        "Også reservedelene har dårlig kvalitet.",
        "Vi har meldt kvalitetsproblemer flere gange, uden at der sker noget.",
        "Vores kunder klager over kvaliteten af jeres dele.",
        "Kvaliteten er simpelthen ikke god nok længere.",
        "Det seneste parti havde synlige kvalitetsfejl.",
        "Vi må nu kontrollere alt, fordi vi ikke kan stole på kvaliteten.",
    ],
    ("support", "pos"): [
        "Supporten svarer hurtigt og kender produkterne.",
        "Kundeservice løste vores problem samme dag.",
        "Supportteamet er venligt og kompetent.",
        "Fremragende support, da vi havde et teknisk problem.",
        "Supporten følger altid op, indtil sagen er lukket.",
        "Hurtig og hjælpsom support på både telefon og mail.",
        "Jeres supportmedarbejdere gør en ekstra indsats.",
        "Supporten forklarede løsningen klart, og den virkede.",
        "Vi får altid fat i en kompetent person, når vi ringer til kundeservice.",
        "Supporten håndterede vores klage professionelt.",
        "Supportsagen blev løst hurtigere end forventet.",
        "God og venlig kundeservice.",
        "Supporten holdt os orienteret hele vejen.",
    ],
    ("support", "neg"): [
        "Supporten tager flere dage om at svare på et simpelt spørgsmål.",
        "Vores supportsag blev lukket uden at være løst.",
        "Det er umuligt at komme igennem til kundeservice på telefonen.",
        "Supporten beder om de samme oplysninger igen og igen.",
        "Vi blev sendt rundt mellem forskellige folk i supporten i ugevis.",
        "Langsom support, og ingen tager ejerskab for problemet.",
        "Vores klage har ligget i over en måned uden svar fra kundeservice.",
        "Supporten lovede at ringe tilbage, men det skete aldrig.",
        "Dårlig support, når noget går galt.",
        "Svarene fra supporten er standardtekster, der ikke hjælper.",
        "Svartiderne i supporten er uacceptable.",
        "Det er alt for svært at få eskaleret en supportsag.",
        "Supporten lukkede sagen, selvom problemet stadig var der.",
    ],
    ("account_manager", "pos"): [
        "Vores kontaktperson er proaktiv og forstår vores forretning.",
        "Fantastisk account manager, altid til at få fat i.",
        "Vores kundeansvarlige følger op på alt, hvad der bliver lovet.",
        "Vores account manager kommer med gode idéer.",
        "Meget godt samarbejde med vores kontaktperson.",
        "Vores kundeansvarlige kommer jævnligt forbi og kender vores behov.",
        "Vores kontaktperson løste en svær situation hurtigt.",
        "Dygtig account manager, der tager ansvar.",
        "Vores kontaktperson er det bedste ved at handle med jer.",
        "Vores nye account manager er kommet rigtig godt fra start.",
        "Vores kundeansvarlige holder os orienteret, før vi selv spørger.",
        "Vores kontaktperson hjalp os med at spare penge.",
        "Den bedste kundeansvarlige, vi har haft hos nogen leverandør.",
    ],
    ("account_manager", "neg"): [
        "Vi hører aldrig fra vores kontaktperson.",
        "Vi har fået ny account manager igen og skal starte forfra.",
        "Vores kundeansvarlige svarer ikke på mails.",
        "Vores kontaktperson ringer kun, når aftalen skal fornyes.",
        "Vores account manager forstår ikke vores forretning.",
        "Løfterne fra vores kontaktperson bliver ikke holdt.",
        "Vi ved ikke længere, hvem vores kontaktperson er.",
        "For lidt kontakt med vores kundeansvarlige.",
        "Vores account manager stoppede, og ingen har overtaget.",
        "Ingen opfølgning fra vores kontaktperson efter mødet.",
        "Vores kontaktperson er svær at få fat i, når det gælder.",
        "Vi kunne godt tænke os en kundeansvarlig, der besøger os.",
        "Tre forskellige kontaktpersoner på et år er for mange.",
    ],
    ("invoicing", "pos"): [
        "Fakturaerne er korrekte og lette at læse.",
        "Faktureringen kører glat og passer med vores ordrer.",
        "Elektronisk fakturering fungerer perfekt med vores system.",
        "Ingen fejl på fakturaerne i år.",
        "Tydelige fakturaer med de rigtige ordrereferencer.",
        "Faktureringen er enkel og kommer til tiden.",
        "Vores bogholderi er glade for jeres fakturaer.",
        "Spørgsmål til en faktura bliver besvaret hurtigt.",
        "God fakturering uden overraskelser.",
        "Den samlede månedsfaktura sparer os for meget arbejde.",
    ],
    ("invoicing", "neg"): [
        "Fakturaerne er ofte forkerte og skal krediteres.",
        "Vi modtager fakturaer uden vores indkøbsordrenummer.",
        "Det tager uger at få rettet fejl i faktureringen.",
        "Dobbeltfakturering er et tilbagevendende problem.",
        "Fakturaen passede ikke med det, vi havde aftalt.",
        "Fakturaerne kommer for sent, og det forstyrrer vores månedsafslutning.",
        "Alt for mange manuelle rettelser af fakturaer.",
        "Vi er blevet faktureret for varer, vi aldrig har modtaget.",
        "Ingen svarer på vores spørgsmål til fakturaen.",
        "Rykkergebyr på en faktura, vi allerede havde gjort indsigelse mod.",
        "Hver faktura skal kontrolleres linje for linje.",
    ],
    ("appreciation", "pos"): [
        "Vi føler os værdsat som kunde.",
        "I får os til at føle os som en værdsat samarbejdspartner.",
        "Det er tydeligt, at I værdsætter vores samarbejde.",
        "Vi føler os værdsat og ikke bare som et ordrenummer.",
        "I behandler os altid som en vigtig kunde, og vi føler os værdsat.",
        "Invitationen til jeres kundedag viste, at vi bliver værdsat.",
        "I lytter til vores feedback, og vi føler os værdsat.",
        "Vi føler os værdsat, selvom vi er en lille kunde.",
        "Jeres team får os til at føle os værdsat, hver gang vi ringer.",
        "Samarbejdet føles som et rigtigt partnerskab, og vi føler os påskønnet.",
        "Det årlige besøg får os til at føle os påskønnet.",
    ],
    ("appreciation", "neg"): [
        "Vi føler os ikke værdsat som kunde.",
        "Efter ti år føler vi os ikke værdsat.",
        "Det virker som om I kun værdsætter de store kunder.",
        "Ingen har takket os for vores loyalitet, vi føler os ikke påskønnet.",
        "Vi bliver taget for givet og føler os ikke værdsat.",
        "Nye kunder får bedre vilkår, det får os ikke til at føle os værdsat.",
        "Vi har ikke følt os værdsat, siden kontrakten blev underskrevet.",
        "Vores feedback bliver aldrig brugt, så vi føler os ikke værdsat.",
        "Vi føler os ikke længere som en værdsat samarbejdspartner.",
        "Loyale kunder bliver ikke værdsat.",
        "Vi føler os som bare endnu et nummer og ikke som en værdsat kunde.",
    ],
}

# Sentence-level add-ons without a theme keyword, to vary the comments.
_OPENERS = {
    ("en", "pos"): ["Overall, ", "Honestly, ", "As always, ", "In short: ", "To sum up: "],
    ("en", "neg"): ["Honestly, ", "Unfortunately, ", "Again, ", "To be frank, ", "Lately, "],
    ("da", "pos"): ["Kort sagt: ", "Alt i alt: ", "Som altid: "],
    ("da", "neg"): ["Desværre: ", "Ærligt talt: ", "Igen: "],
}
_CLOSERS = {
    ("en", "pos"): ["Keep it up!", "Thank you.", "Very satisfied.", "Keep up the good work."],
    ("en", "neg"): [
        "Please fix this.",
        "This needs to improve.",
        "Disappointing.",
        "We expect better.",
    ],
    ("da", "pos"): ["Bliv ved med det!", "Tak for det.", "Meget tilfredse."],
    ("da", "neg"): ["Det skal forbedres.", "Skuffende.", "Vi forventer mere."],
}
# Sentences with quotes, commas and the like, used when a comment is chosen to be awkward.
_AWKWARD = {
    ("en", "pos"): ['They called it "express" delivery, and for once it really was.',
                    'Our buyer said, and I quote, "best supplier this year".'],
    ("en", "neg"): ['The so-called "express" delivery took 9 days, again.',
                    'We were told "it is in the system", but nothing happened.'],
    ("da", "pos"): ['Vores indkøber sagde "bedste leverandør i år", og det er vi enige i.'],
    ("da", "neg"): ['Vi fik at vide "det er i systemet", men intet skete.'],
}  # fmt: skip
_EMOJI = {"pos": ["👍", "🙂", "🙏", "😀"], "neg": ["😡", "👎", "😞", "🙄"]}

BANK = {("en", t, p): s for (t, p), s in _EN.items()} | {
    ("da", t, p): s for (t, p), s in _DA.items()
}


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:] if text[:1].isupper() and not text.startswith("I ") else text


def compose(
    rng: np.random.Generator,
    lang: np.ndarray,
    theme1: np.ndarray,
    pol1: np.ndarray,
    theme2: np.ndarray,
    pol2: np.ndarray,
    awkward: np.ndarray,
) -> tuple[list[str], dict[str, int]]:
    """Build one comment per row from one or two sentences (theme2 < 0: one sentence).

    lang: 0 English, 1 Danish; pol: 0 negative, 1 positive. Rows flagged awkward get one of
    quotes, a line break between sentences, or an emoji. Returns the comments and how many of
    each awkward kind were injected.
    """
    n = len(lang)
    u = rng.random((n, 6))
    pick = rng.integers(0, 1 << 30, size=(n, 4))
    awkward_kind = rng.integers(0, 3, size=n)
    counts = {"quotes": 0, "newline": 0, "emoji": 0}
    out = []
    for i in range(n):
        lg = LANGUAGES[lang[i]]
        p1 = "pos" if pol1[i] else "neg"
        cell = BANK[(lg, THEMES[theme1[i]], p1)]
        text = cell[pick[i, 0] % len(cell)]
        if u[i, 0] < 0.15:
            openers = _OPENERS[(lg, p1)]
            text = openers[pick[i, 1] % len(openers)] + _lower_first(text)
        sep = " "
        kind = awkward_kind[i] if awkward[i] else -1
        if kind == 1:
            sep = "\n"
        if theme2[i] >= 0:
            p2 = "pos" if pol2[i] else "neg"
            cell2 = BANK[(lg, THEMES[theme2[i]], p2)]
            second = cell2[pick[i, 2] % len(cell2)]
            if second == text:
                second = cell2[(pick[i, 2] + 1) % len(cell2)]
            if p1 != p2 and u[i, 1] < 0.6:
                joiner = {"en": "But ", "da": "Men "}[lg]
                second = joiner + _lower_first(second)
            text = text + sep + second
        elif kind == 1:
            closers = _CLOSERS[(lg, p1)]
            text = text + sep + closers[pick[i, 3] % len(closers)]
        elif u[i, 2] < 0.12:
            closers = _CLOSERS[(lg, p1)]
            text = text + " " + closers[pick[i, 3] % len(closers)]
        if kind == 0:
            quoted = _AWKWARD[(lg, p1)]
            text = quoted[pick[i, 3] % len(quoted)] + " " + text
            counts["quotes"] += 1
        elif kind == 1:
            counts["newline"] += 1
        elif kind == 2:
            emoji = _EMOJI[p1]
            text = text + " " + emoji[pick[i, 1] % len(emoji)]
            counts["emoji"] += 1
        out.append(text)
    return out, counts
