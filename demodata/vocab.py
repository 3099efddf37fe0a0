"""Word lists for people, companies, titles and case subjects (all invented for this generator)."""

from __future__ import annotations

COUNTRIES = ("DK", "SE", "NO", "FI", "DE", "GB", "US")
COUNTRY_WEIGHTS = (0.30, 0.22, 0.15, 0.08, 0.12, 0.07, 0.06)
CURRENCIES = ("EUR", "DKK", "SEK", "NOK", "USD", "GBP")
HOME_CURRENCY = {
    "DK": "DKK",
    "SE": "SEK",
    "NO": "NOK",
    "FI": "EUR",
    "DE": "EUR",
    "GB": "GBP",
    "US": "USD",
}
VAT_RATE = {"DK": 0.25, "SE": 0.25, "NO": 0.25, "FI": 0.255, "DE": 0.19, "GB": 0.20, "US": 0.0}
TLD = {
    "DK": ".dk",
    "SE": ".se",
    "NO": ".no",
    "FI": ".fi",
    "DE": ".de",
    "GB": ".co.uk",
    "US": ".com",
}
LEGAL_FORMS = {
    "DK": ("A/S", "ApS", "A/S"),
    "SE": ("AB",),
    "NO": ("AS",),
    "FI": ("Oy", "Oyj"),
    "DE": ("GmbH", "GmbH", "AG"),
    "GB": ("Ltd", "Ltd", "plc"),
    "US": ("Inc.", "LLC"),
}
# Rough centre of each country's business population, for Qualtrics' location columns.
LOCATION = {
    "DK": (55.9, 10.6),
    "SE": (58.9, 16.2),
    "NO": (60.2, 9.9),
    "FI": (61.4, 24.6),
    "DE": (50.9, 9.4),
    "GB": (52.6, -1.5),
    "US": (39.6, -92.4),
}
# First octets of public IPv4 ranges seen in each country (plausible, not exact).
IP_FIRST_OCTET = {
    "DK": (80, 87, 93, 188, 212),
    "SE": (78, 83, 90, 194, 213),
    "NO": (77, 84, 89, 193, 195),
    "FI": (62, 82, 91, 195, 217),
    "DE": (46, 79, 84, 91, 217),
    "GB": (31, 81, 86, 92, 212),
    "US": (23, 64, 98, 173, 208),
}

SEGMENTS = ("Enterprise", "Mid-Market", "SMB")
SEGMENT_WEIGHTS = (0.10, 0.30, 0.60)

INDUSTRIES = (
    "Manufacturing",
    "Logistics",
    "Construction",
    "Retail",
    "Food & Beverage",
    "Healthcare",
    "Energy",
    "Technology",
    "Financial Services",
    "Public Sector",
)
INDUSTRY_WEIGHTS = (0.22, 0.13, 0.12, 0.11, 0.10, 0.08, 0.07, 0.08, 0.05, 0.04)
INDUSTRY_WORDS = {
    "Manufacturing": ("Maskinfabrik", "Industri", "Components", "Precision", "Metal", "Plast"),
    "Logistics": ("Logistik", "Transport", "Freight", "Shipping", "Spedition"),
    "Construction": ("Byg", "Entreprise", "Construction", "Bau", "Anlæg"),
    "Retail": ("Retail", "Handel", "Stores", "Trading", "Varehus"),
    "Food & Beverage": ("Foods", "Mejeri", "Bryggeri", "Fisk", "Bageri"),
    "Healthcare": ("Medical", "Care", "Pharma", "Diagnostics", "Klinik"),
    "Energy": ("Energi", "Wind", "Power", "Solar", "Forsyning"),
    "Technology": ("Data", "Software", "Systems", "Tech", "Digital"),
    "Financial Services": ("Finans", "Capital", "Invest", "Leasing"),
    "Public Sector": ("Forsyning", "Services", "Facility", "Drift"),
}
_NORDIC_HEADS = ("Nord", "Sønder", "Øster", "Vester", "Skov", "Birke", "Lind", "Hav", "Fjord",
                 "Bakke", "Sol", "Sten", "Eng", "Mølle", "Strand", "Holm", "Dal", "Ege", "Ask",
                 "Rosen", "Lyng", "Sand", "Klint", "Vig")  # fmt: skip
_NORDIC_TAILS = ("gaard", "holm", "by", "vig", "lund", "dal", "bjerg", "sted", "rup", "høj",
                 "strand", "næs", "berg", "vik")  # fmt: skip
_GERMAN_HEADS = ("Rhein", "Elb", "Berg", "Wald", "Stein", "Linden", "Sonnen", "Eichen", "Falken",
                 "Bruck", "Hohen", "Weiss")  # fmt: skip
_GERMAN_TAILS = ("feld", "hof", "bach", "burg", "tal", "haus", "stein", "dorf")
_ENGLISH_HEADS = ("Ash", "Oak", "Brook", "Stone", "West", "North", "King", "Lake", "Hill", "Bridge",
                  "Red", "Mill", "Elm", "Fair")  # fmt: skip
_ENGLISH_TAILS = ("field", "ford", "wood", "ton", "bury", "dale", "water", "gate", "well", "hurst")


def _stems(heads: tuple[str, ...], tails: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(
        h + t for h in heads for t in tails if h.lower() != t and not h.lower().endswith(t)
    )


COMPANY_STEMS = {
    "DK": _stems(_NORDIC_HEADS, _NORDIC_TAILS),
    "SE": _stems(_NORDIC_HEADS, _NORDIC_TAILS),
    "NO": _stems(_NORDIC_HEADS, _NORDIC_TAILS),
    "FI": _stems(_NORDIC_HEADS, _NORDIC_TAILS),
    "DE": _stems(_GERMAN_HEADS, _GERMAN_TAILS),
    "GB": _stems(_ENGLISH_HEADS, _ENGLISH_TAILS),
    "US": _stems(_ENGLISH_HEADS, _ENGLISH_TAILS),
}
# Added to a name whose stem and trade word are taken already in that country.
NAME_MODIFIERS = ("", " Nordic", " Group", " & Co", " International", " Holding", " Partners",
                  " Solutions", " Service", " Production")  # fmt: skip

FIRST_NAMES = {
    "DK": ("Anders", "Mette", "Søren", "Camilla", "Jens", "Louise", "Mads", "Sofie", "Henrik",
           "Anne", "Rasmus", "Ida", "Thomas", "Line", "Morten", "Pernille", "Kasper", "Maria",
           "Jesper", "Helle", "Lars", "Tina", "Frederik", "Signe", "Christian", "Julie", "Peter",
           "Lene", "Martin", "Birgitte", "Niels", "Karen", "Mikkel", "Maja", "Jonas", "Charlotte"),
    "SE": ("Erik", "Anna", "Lars", "Karin", "Johan", "Eva", "Anders", "Maria", "Per", "Sara",
           "Mikael", "Emma", "Fredrik", "Linnea", "Magnus", "Åsa", "Oskar", "Elin", "Björn",
           "Ingrid", "Gustav", "Maja", "Henrik", "Johanna"),
    "NO": ("Ole", "Ingrid", "Kari", "Knut", "Hilde", "Bjørn", "Silje", "Håkon", "Marit", "Eirik",
           "Tone", "Sindre", "Ragnhild", "Terje", "Nina", "Geir", "Solveig", "Espen"),
    "FI": ("Mikko", "Anna", "Juha", "Laura", "Timo", "Sanna", "Jari", "Hanna", "Antti", "Elina",
           "Ville", "Riikka", "Pekka", "Tiina", "Janne", "Päivi"),
    "DE": ("Thomas", "Julia", "Michael", "Katrin", "Andreas", "Sabine", "Stefan", "Anja",
           "Markus", "Nicole", "Jürgen", "Claudia", "Tobias", "Lena", "Sebastian", "Jana"),
    "GB": ("James", "Sarah", "David", "Emma", "Oliver", "Charlotte", "Daniel", "Sophie",
           "Richard", "Laura", "Thomas", "Hannah", "Matthew", "Rebecca", "Paul", "Claire"),
    "US": ("Michael", "Jennifer", "John", "Jessica", "Robert", "Ashley", "William", "Amanda",
           "Christopher", "Emily", "Matthew", "Megan", "Joshua", "Rachel", "Brian", "Lauren"),
}  # fmt: skip
LAST_NAMES = {
    "DK": ("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
           "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
           "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
           "Mikkelsen", "Frederiksen", "Laursen", "Holm", "Schmidt", "Eriksen", "Kjær", "Lund",
           "Bach", "Dalgaard", "Vestergaard", "Bech", "Skov", "Winther", "Østergaard"),
    "SE": ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
           "Bergström", "Lundgren", "Håkansson", "Sjöberg", "Ekström", "Nyström", "Åberg"),
    "NO": ("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
           "Kristiansen", "Jensen", "Karlsen", "Berg", "Haugen", "Hagen", "Johnsen", "Solberg",
           "Bakken", "Lie", "Dahl", "Strand", "Halvorsen", "Aasen", "Bråten"),
    "FI": ("Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
           "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen",
           "Heinonen", "Niemi"),
    "DE": ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf",
           "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger"),
    "GB": ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
           "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green",
           "Hall", "Wood", "Jackson", "Clarke", "O'Brien", "Hughes"),
    "US": ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Rodriguez", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee",
           "Walker", "Hall", "Allen", "Young", "O'Connor"),
}  # fmt: skip

CONTACT_ROLES = (
    ("Procurement", ("Procurement Manager", "Head of Procurement", "Buyer", "Senior Buyer",
                     "Category Manager", "Purchasing Coordinator")),
    ("Operations", ("Operations Manager", "COO", "Plant Manager", "Production Manager",
                    "Site Manager")),
    ("Finance", ("CFO", "Finance Manager", "Controller", "Accounts Payable Specialist")),
    ("Management", ("CEO", "Managing Director", "Owner", "Country Manager")),
    ("IT", ("IT Manager", "CIO", "Systems Administrator")),
    ("Logistics", ("Logistics Manager", "Supply Chain Manager", "Warehouse Manager")),
    ("Quality", ("Quality Manager", "QA Specialist", "Head of Quality")),
)  # fmt: skip
CONTACT_ROLE_WEIGHTS = (0.30, 0.20, 0.12, 0.10, 0.06, 0.14, 0.08)
# The same functions as Danish contacts write them, in CONTACT_ROLES' order (department,
# titles), so that a Danish contact holds the Danish counterpart of an English one's post.
CONTACT_ROLES_DA = (
    ("Indkøb", ("Indkøbsansvarlig", "Indkøbschef", "Indkøber", "Seniorindkøber",
                "Kategorichef", "Indkøbskoordinator")),
    ("Drift", ("Driftsleder", "Driftsdirektør", "Fabrikschef", "Produktionsleder",
               "Lagermedarbejder")),
    ("Økonomi", ("Økonomidirektør", "Økonomichef", "Controller", "Bogholder")),
    ("Direktion", ("Adm. direktør", "Direktør", "Ejer", "Landechef")),
    ("IT", ("IT-chef", "IT-direktør", "IT-konsulent")),
    ("Logistik", ("Logistikchef", "Logistikkoordinator", "Lagerleder")),
    ("Kvalitet", ("Kvalitetsansvarlig", "Kvalitetstekniker", "Kvalitetschef")),
)  # fmt: skip
# One contact in this many has no title in Salesforce (nobody filled it in).
BLANK_TITLE_EVERY = 25

# The vendor whose customers these are.
VENDOR = "Nordhav"
VENDOR_DOMAIN = "nordhav.com"

SALES_DEPARTMENTS = (
    # (Department, Division, title of its account managers, title of its head)
    ("Key Accounts Nordics", "Enterprise Sales", "Key Account Manager", "Head of Key Accounts Nordics"),
    ("Key Accounts DACH", "Enterprise Sales", "Key Account Manager", "Head of Key Accounts DACH"),
    ("Key Accounts UK & US", "Enterprise Sales", "Key Account Manager", "Head of Key Accounts UK & US"),
    ("Mid-Market Sales", "Commercial Sales", "Account Manager", "Head of Mid-Market Sales"),
    ("SMB Inside Sales", "Commercial Sales", "Inside Sales Representative", "Head of SMB Inside Sales"),
)  # fmt: skip
SUPPORT_DEPARTMENT = (
    "Customer Support",
    "Customer Service",
    "Support Specialist",
    "Head of Customer Support",
)

CASE_TYPES = ("Complaint", "Question", "Problem", "Feature Request")
CASE_REASONS = {
    "Complaint": ("Delivery", "Product Quality", "Pricing", "Invoicing", "Service"),
    "Question": ("Invoicing", "Pricing", "Product Information", "Delivery", "Other"),
    "Problem": ("Technical", "Product Quality", "Delivery", "Other"),
    "Feature Request": ("Product Information", "Technical", "Other"),
}
CASE_SUBJECTS = {
    "Delivery": ("Late delivery on order {n}", "Order {n} delivered incomplete",
                 "Wrong items received on order {n}", "Delivery date for order {n}?",
                 "Goods damaged in transit, order {n}"),
    "Product Quality": ("Defective units in batch {n}", "Quality issue with order {n}",
                        "Parts out of tolerance, order {n}", "Return of faulty goods ({n})"),
    "Pricing": ("Price increase not agreed", "Wrong price on quote {n}",
                "Question about volume discount", "Price list for next year"),
    "Invoicing": ("Invoice {n} does not match order", "Duplicate invoice {n}",
                  "Missing PO number on invoice {n}", "Request credit note for invoice {n}",
                  "Copy of invoice {n}"),
    "Service": ("No reply from account manager", "Unhappy with service level",
                "Callback never received", "Escalation: unresolved case"),
    "Technical": ("Integration error in ordering portal", "Cannot log in to portal",
                  "EDI messages rejected", "Machine error code {n}"),
    "Product Information": ("Datasheet for item {n}", "Is item {n} available in stainless?",
                            "Request: bulk ordering in portal", "Suggestion: API for stock levels"),
    "Other": ("General enquiry", "Change of contact details", "Request for meeting",
              "Certificates for audit"),
}  # fmt: skip
CASE_ORIGINS = ("Email", "Phone", "Web", "Chat")
CASE_ORIGIN_WEIGHTS = (0.45, 0.30, 0.20, 0.05)

TRANSLITERATION = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ä": "ae", "ö": "oe",
                                 "ü": "ue", "ß": "ss", "é": "e", "'": "", " ": "", "&": ""})  # fmt: skip


def email_part(text: str) -> str:
    """A name as it appears in an e-mail address: lower case, ASCII."""
    return text.lower().translate(TRANSLITERATION)
