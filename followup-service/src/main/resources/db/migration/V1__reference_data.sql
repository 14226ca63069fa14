-- Reference data the service ships: the 21 counties and the environmental objectives.
CREATE TABLE county (
    code        char(2) PRIMARY KEY,
    letter      text NOT NULL UNIQUE,
    name        text NOT NULL UNIQUE
);

INSERT INTO county (code, letter, name) VALUES
    ('01', 'AB', 'Stockholms län'),
    ('03', 'C', 'Uppsala län'),
    ('04', 'D', 'Södermanlands län'),
    ('05', 'E', 'Östergötlands län'),
    ('06', 'F', 'Jönköpings län'),
    ('07', 'G', 'Kronobergs län'),
    ('08', 'H', 'Kalmar län'),
    ('09', 'I', 'Gotlands län'),
    ('10', 'K', 'Blekinge län'),
    ('12', 'M', 'Skåne län'),
    ('13', 'N', 'Hallands län'),
    ('14', 'O', 'Västra Götalands län'),
    ('17', 'S', 'Värmlands län'),
    ('18', 'T', 'Örebro län'),
    ('19', 'U', 'Västmanlands län'),
    ('20', 'W', 'Dalarnas län'),
    ('21', 'X', 'Gävleborgs län'),
    ('22', 'Y', 'Västernorrlands län'),
    ('23', 'Z', 'Jämtlands län'),
    ('24', 'AC', 'Västerbottens län'),
    ('25', 'BD', 'Norrbottens län');

-- number 0 is the generational goal; 1..16 the environmental quality objectives in official order
CREATE TABLE objective (
    code                 text PRIMARY KEY,
    number               integer NOT NULL UNIQUE,
    name                 text    NOT NULL UNIQUE,
    assessed_regionally  boolean NOT NULL
);

INSERT INTO objective (code, number, name, assessed_regionally) VALUES
    ('GENERATIONSMALET', 0, 'Generationsmålet', true),
    ('BEGRANSAD_KLIMATPAVERKAN', 1, 'Begränsad klimatpåverkan', false),
    ('FRISK_LUFT', 2, 'Frisk luft', true),
    ('BARA_NATURLIG_FORSURNING', 3, 'Bara naturlig försurning', true),
    ('GIFTFRI_MILJO', 4, 'Giftfri miljö', true),
    ('SKYDDANDE_OZONSKIKT', 5, 'Skyddande ozonskikt', false),
    ('SAKER_STRALMILJO', 6, 'Säker strålmiljö', false),
    ('INGEN_OVERGODNING', 7, 'Ingen övergödning', true),
    ('LEVANDE_SJOAR_OCH_VATTENDRAG', 8, 'Levande sjöar och vattendrag', true),
    ('GRUNDVATTEN_AV_GOD_KVALITET', 9, 'Grundvatten av god kvalitet', true),
    ('HAV_I_BALANS', 10, 'Hav i balans samt levande kust och skärgård', true),
    ('MYLLRANDE_VATMARKER', 11, 'Myllrande våtmarker', true),
    ('LEVANDE_SKOGAR', 12, 'Levande skogar', true),
    ('ETT_RIKT_ODLINGSLANDSKAP', 13, 'Ett rikt odlingslandskap', true),
    ('STORSLAGEN_FJALLMILJO', 14, 'Storslagen fjällmiljö', true),
    ('GOD_BEBYGGD_MILJO', 15, 'God bebyggd miljö', true),
    ('ETT_RIKT_VAXT_OCH_DJURLIV', 16, 'Ett rikt växt- och djurliv', true);
