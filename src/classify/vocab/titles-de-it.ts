/**
 * German and Italian clinical job titles, written for this product (no third-party word list: the
 * only Hunspell dictionaries for these languages are GPL, see docs/vocabularies.md). Each entry is
 * `role|slug` to forms; `stem{a,b}` stands for "stema stemb" and `{,in}` for the bare stem plus
 * "stemin". German umlauts are also listed as their ASCII spellings (Aerztin) by `expandTitles`.
 */
// prettier-ignore
export const GERMAN_ITALIAN_TITLES: Record<string, string> = {
  'physician|':
    'Arzt Arztes Ärzte Ärzten Ärztin Ärztinnen Mediziner{,in,innen,n} ' +
    'Facharzt Fachärzt{e,en,in,innen} Oberarzt Oberärzt{e,en,in,innen} Chefarzt Chefärzt{e,en,in,innen} ' +
    'Stationsarzt Stationsärzt{e,in,innen} Klinikarzt Klinikärzt{e,in,innen} Krankenhausarzt Krankenhausärzt{e,in} ' +
    'Landarzt Landärzt{e,in,innen} Betriebsarzt Betriebsärzt{e,in} Amtsarzt Amtsärzt{e,in} Honorarärzt{e,in} ' +
    'medico medici medichessa',
  'physician|family-medicine':
    'Hausarzt Hausärzt{e,en,in,innen} Allgemeinmediziner{,in,innen,n} Allgemeinarzt Allgemeinärzt{e,in}',
  'physician|internal-medicine': 'Internist{,en,in,innen} internista internisti',
  'physician|emergency-medicine':
    'Notarzt Notärzt{e,en,in,innen} Notfallmediziner{,in,innen} urgentista urgentisti',
  'physician|anesthesiology':
    'Anästhesist{,en,in,innen} Narkosearzt Narkoseärzt{e,in} anestesista anestesisti anestesiste anestesiolog{o,a,i,he}',
  'physician|cardiology': 'Kardiolog{e,en,in,innen} cardiolog{o,a,i,he}',
  'physician|neurology': 'Neurolog{e,en,in,innen} neurolog{o,a,i,he}',
  'physician|dermatology': 'Dermatolog{e,en,in,innen} Hautarzt Hautärzt{e,in,innen} dermatolog{o,a,i,he}',
  'physician|gastroenterology': 'Gastroenterolog{e,en,in,innen} gastroenterolog{o,a,i,he}',
  'physician|nephrology': 'Nephrolog{e,en,in,innen} nefrolog{o,a,i,he}',
  'physician|oncology': 'Onkolog{e,en,in,innen} oncolog{o,a,i,he}',
  'physician|hematology': 'Hämatolog{e,en,in,innen} ematolog{o,a,i,he}',
  'physician|endocrinology':
    'Endokrinolog{e,en,in,innen} Diabetolog{e,en,in,innen} endocrinolog{o,a,i,he} diabetolog{o,a,i,he}',
  'physician|pulmonology':
    'Pneumolog{e,en,in,innen} Lungenarzt Lungenärzt{e,in} pneumolog{o,a,i,he}',
  'physician|radiology': 'Radiolog{e,en,in,innen} radiolog{o,a,i,he}',
  'physician|urology': 'Urolog{e,en,in,innen} urolog{o,a,i,he}',
  'physician|obstetrics-gynecology':
    'Gynäkolog{e,en,in,innen} Frauenarzt Frauenärzt{e,in,innen} ginecolog{o,a,i,he}',
  'physician|pediatrics':
    'Kinderarzt Kinderärzt{e,en,in,innen} Pädiater{,in,innen,n} pediatra pediatri pediatre',
  'physician|psychiatry': 'Psychiater{,in,innen,n} psichiatra psichiatri psichiatre',
  'physician|otolaryngology': 'HNO-Arzt HNO-Ärztin otorinolaringoiatra otorinolaringoiatri otorino',
  'physician|rheumatology': 'Rheumatolog{e,en,in,innen} reumatolog{o,a,i,he}',
  'physician|pathology': 'Patholog{e,en,in,innen} patolog{o,a,i,he} anatomopatolog{o,a,i,he}',
  'physician|infectious-disease': 'Infektiolog{e,en,in,innen} infettivolog{o,a,i,he}',
  'physician|geriatrics': 'Geriater{,in,innen,n} geriatra geriatri geriatre',
  'physician|neonatology': 'Neonatolog{e,en,in,innen} neonatolog{o,a,i,he}',
  'physician|allergy-immunology':
    'Allergolog{e,en,in,innen} Immunolog{e,en,in,innen} allergolog{o,a,i,he} immunolog{o,a,i,he}',
  'physician|orthopedics':
    'Orthopäd{e,en,in,innen} Unfallchirurg{,en,in,innen} ortopedic{o,i} ortopedica',
  'physician|ophthalmology':
    'Augenarzt Augenärzt{e,en,in,innen} Ophthalmolog{e,en,in,innen} oculista oculisti oftalmolog{o,a,i,he}',
  'physician|general-surgery': 'Chirurg{,en,in,innen} Kinderchirurg{,en,in,innen} chirurg{o,a,hi,he,i}',
  'physician|neurosurgery': 'Neurochirurg{,en,in,innen} neurochirurg{o,a,hi,he,i}',
  'physician|cardiothoracic-surgery': 'Herzchirurg{,en,in,innen} cardiochirurg{o,a,hi,he,i}',
  'nurse|nursing':
    'Krankenpfleger{,in,innen,n} Krankenschwester{,n} Kinderkrankenschwester{,n} ' +
    'Kinderkrankenpfleger{,in,innen} Gesundheitspfleger{,in,innen} Pflegefachfrau Pflegefachfrauen ' +
    'Pflegefachmann Pflegefachmänner Pflegefachkraft Pflegefachkräfte Pflegekraft Pflegekräfte ' +
    'Fachkrankenpfleger{,in,innen} Intensivpfleger{,in,innen} Altenpfleger{,in,innen} ' +
    'infermiere infermiera infermieri caposala',
  'midwife|midwifery': 'Hebamme Hebammen Entbindungspfleger ostetrica ostetriche ostetrico ostetrici',
  'pharmacist|pharmacy': 'Apotheker{,in,innen,n} Fachapotheker{,in,innen} farmacista farmacisti farmaciste',
  'dentist|dentistry':
    'Zahnarzt Zahnärzt{e,en,in,innen} Zahnmediziner{,in,innen} Kieferorthopäd{e,en,in,innen} Kieferchirurg{,en,in,innen} ' +
    'dentista dentisti dentiste odontoiatra odontoiatri odontoiatre ortodontista ortodontisti',
  'therapist|physical-therapy':
    'Physiotherapeut{,en,in,innen} Krankengymnast{,en,in,innen} fisioterapista fisioterapisti fisioterapiste',
  'therapist|occupational-therapy': 'Ergotherapeut{,en,in,innen}',
  'therapist|': 'Logopäd{e,en,in,innen} logopedista logopedisti',
  'therapist|dietetics': 'Diätassistent{,en,in,innen} dietista dietisti dietiste dietolog{o,a,i,he}',
  'paramedic|paramedicine':
    'Rettungssanitäter{,in,innen,n} Notfallsanitäter{,in,innen,n} Sanitäter{,in,innen,n} Rettungsassistent{,en,in,innen}',
  'psychologist|psychology': 'Psychotherapeut{,en,in,innen} psicoterapeuta psicoterapeuti psicoterapeute',
  'trainee|':
    'Assistenzarzt Assistenzärzt{e,en,in,innen} Medizinstudent{,en,in,innen} Famulant{,en,in,innen} ' +
    'PJler{,in,innen} specializzand{o,a,i,e}',
};

const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** Every written form of the entries, with `{a,b}` expanded and umlauts also spelt ae/oe/ue. */
export function expandTitles(forms: string): string[] {
  const out: string[] = [];
  for (const word of forms.split(/\s+/)) {
    if (!word || word.endsWith('-')) continue;
    const m = /^(.*)\{(.*)\}$/.exec(word);
    const all = m ? m[2]!.split(',').map((end) => m[1]! + end) : [word];
    for (const w of all) {
      out.push(w);
      if (/[äöüÄÖÜ]/.test(w)) out.push(w.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT[c]!));
    }
  }
  return out;
}
