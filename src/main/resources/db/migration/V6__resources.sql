-- resources: "Get help now". Instance-wide defaults (org_id NULL, seeded below in English and
-- Spanish) and each library's own entries. A library hides a default it does not want.

CREATE TABLE support_resource (
    id            UUID PRIMARY KEY,
    -- NULL for an instance-wide default, which every library shows unless it hides it
    org_id        UUID REFERENCES organization (id) ON DELETE CASCADE,
    -- the language versions of one instance default share this key; hiding hides them all
    default_key   VARCHAR(64),
    category      VARCHAR(16)   NOT NULL,
    -- 'en' or 'es' for text in one language; NULL when shown whatever the reader's language
    locale        VARCHAR(8),
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(2000),
    phone         VARCHAR(40),
    sms           VARCHAR(40),
    sms_body      VARCHAR(40),
    web_url       VARCHAR(500),
    hours         VARCHAR(200),
    languages     VARCHAR(200),
    confidential  BOOLEAN       NOT NULL DEFAULT FALSE,
    source        VARCHAR(300),
    sort_order    INT           NOT NULL DEFAULT 100,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT support_resource_category CHECK (category IN ('EAP', 'CRISIS', 'COUNSELING', 'HR', 'UNION', 'OTHER')),
    CONSTRAINT support_resource_locale CHECK (locale IS NULL OR locale IN ('en', 'es')),
    CONSTRAINT support_resource_default_shape CHECK ((org_id IS NULL) = (default_key IS NOT NULL)),
    CONSTRAINT support_resource_default_source CHECK (org_id IS NOT NULL OR source IS NOT NULL),
    CONSTRAINT support_resource_web CHECK (web_url IS NULL OR web_url LIKE 'http://%' OR web_url LIKE 'https://%')
);
CREATE INDEX support_resource_org_idx ON support_resource (org_id);

-- instance defaults a library does not show (e.g. US lines in a library outside the US)
CREATE TABLE support_resource_hidden (
    org_id       UUID        NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    default_key  VARCHAR(64) NOT NULL,
    hidden_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (org_id, default_key)
);

-- Crisis lines, from shared/domain/FACTS.md section 1 (checked Nov 2026). The 988 LGBTQ+ youth
-- option ended on 17 Jul 2025 and is not listed; The Trevor Project's numbers are not verified.
INSERT INTO support_resource (id, org_id, default_key, category, locale, name, description, phone, sms, sms_body,
        web_url, hours, languages, confidential, source, sort_order, created_at, updated_at) VALUES
('5e0c7a10-0988-4000-8000-000000000001', NULL, 'crisis-988', 'CRISIS', 'en',
 '988 Suicide & Crisis Lifeline',
 'Free, any time of day or night. Call or text 988, or chat at 988lifeline.org. On a call, press 1 for the Veterans Crisis Line or 2 for Spanish. In Spanish by text, send AYUDA to 988; chat is available in Spanish too.',
 '988', '988', NULL, 'https://988lifeline.org', '24/7', 'English, Spanish', FALSE,
 '988lifeline.org (checked Nov 2026)', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5e0c7a10-0988-4000-8000-000000000002', NULL, 'crisis-988', 'CRISIS', 'es',
 '988 Línea de Prevención del Suicidio y Crisis',
 'Gratuita, a cualquier hora del día o de la noche. Llame o envíe un mensaje de texto al 988, o chatee en 988lifeline.org. Para hablar en español, marque 2 durante la llamada; para la Línea de Crisis para Veteranos, marque 1. Por mensaje de texto en español, envíe AYUDA al 988; el chat también está disponible en español.',
 '988', '988', 'AYUDA', 'https://988lifeline.org', '24 horas, 7 días a la semana', 'Inglés, español', FALSE,
 '988lifeline.org (consultado en noviembre de 2026)', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),

('5e0c7a10-0741-4000-8000-000000000001', NULL, 'crisis-text-line', 'CRISIS', 'en',
 'Crisis Text Line',
 'Free support by text message, any time. Text HOME to 741741. In Spanish, text AYUDA to 741741 or send a WhatsApp message to 442-AYUDAME.',
 NULL, '741741', 'HOME', 'https://www.crisistextline.org', '24/7', 'English, Spanish', FALSE,
 'crisistextline.org (checked Nov 2026)', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5e0c7a10-0741-4000-8000-000000000002', NULL, 'crisis-text-line', 'CRISIS', 'es',
 'Crisis Text Line (Línea de Crisis por Texto)',
 'Apoyo gratuito por mensaje de texto, a cualquier hora. Envíe AYUDA al 741741, o escriba por WhatsApp al 442-AYUDAME. En inglés, envíe HOME al 741741.',
 NULL, '741741', 'AYUDA', 'https://www.crisistextline.org', '24 horas, 7 días a la semana', 'Inglés, español', FALSE,
 'crisistextline.org (consultado en noviembre de 2026)', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),

('5e0c7a10-0838-4000-8000-000000000001', NULL, 'veterans-crisis-line', 'CRISIS', 'en',
 'Veterans Crisis Line',
 'Dial 988 then press 1, text 838255, or chat at VeteransCrisisLine.net/Chat.',
 '988', '838255', NULL, 'https://www.veteranscrisisline.net/Chat', NULL, NULL, FALSE,
 'veteranscrisisline.net (checked Nov 2026)', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5e0c7a10-0838-4000-8000-000000000002', NULL, 'veterans-crisis-line', 'CRISIS', 'es',
 'Línea de Crisis para Veteranos (Veterans Crisis Line)',
 'Marque 988 y luego oprima 1, envíe un mensaje de texto al 838255, o chatee en VeteransCrisisLine.net/Chat.',
 '988', '838255', NULL, 'https://www.veteranscrisisline.net/Chat', NULL, NULL, FALSE,
 'veteranscrisisline.net (consultado en noviembre de 2026)', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),

('5e0c7a10-4357-4000-8000-000000000001', NULL, 'samhsa-helpline', 'CRISIS', 'en',
 'SAMHSA National Helpline',
 'Free and confidential, 24 hours a day, 365 days a year, in English and Spanish: 1-800-662-HELP (4357). It gives referrals and information, not counseling.',
 '1-800-662-4357', NULL, NULL, 'https://www.samhsa.gov', '24/7, 365 days a year', 'English, Spanish', TRUE,
 'samhsa.gov (checked Nov 2026)', 40, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),
('5e0c7a10-4357-4000-8000-000000000002', NULL, 'samhsa-helpline', 'CRISIS', 'es',
 'Línea Nacional de Ayuda de SAMHSA',
 'Gratuita y confidencial, las 24 horas, los 365 días del año, en inglés y en español: 1-800-662-HELP (4357). Ofrece referencias e información, no consejería.',
 '1-800-662-4357', NULL, NULL, 'https://www.samhsa.gov', '24 horas, los 365 días del año', 'Inglés, español', TRUE,
 'samhsa.gov (consultado en noviembre de 2026)', 40, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
