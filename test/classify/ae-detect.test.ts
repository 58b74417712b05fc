import { describe, expect, it } from 'vitest';
import { aeElements, classify } from '../../src/classify/index';
import { labels } from './helpers';

const post = (text: string, headline = '') =>
  classify({ platform: 'x', authorName: 'Sam Reed', authorHeadline: headline, text });
const isAe = (text: string, headline = '') => post(text, headline).ae;
const elements = (text: string) =>
  aeElements({ platform: 'x', authorName: 'Sam Reed', authorHeadline: '', text });

describe('the patient: the writer, a relative, a person by age and sex', () => {
  it('the writer in the first person', () => {
    expect(isAe('week 3 on sertraline and my hair is coming out in clumps, is this normal')).toBe(
      true,
    );
    expect(isAe('Zoloft made me so dizzy I had to sit down in the shower this morning')).toBe(true);
  });
  it('a caregiver reporting a child or a parent', () => {
    expect(isAe('my daughter broke out in hives two days after starting amoxicillin')).toBe(true);
    expect(isAe('Grandpa is on Eliquis and his gums keep bleeding, calling his GP')).toBe(true);
    expect(isAe('My grandpa is on Eliquis and his gums keep bleeding, calling his GP')).toBe(true);
  });
  it('a third person by age and sex, in several spellings', () => {
    expect(isAe('67F on lisinopril, tongue and lips swollen since this morning.')).toBe(true);
    expect(isAe('A 64-year-old man developed a rash a week after starting allopurinol.')).toBe(
      true,
    );
    expect(isAe('Patientin, 72, unter Amiodaron: Tremor und Gewichtsverlust seit Wochen.')).toBe(
      true,
    );
  });
  it('a bare "I" far from the case is not a patient', () => {
    expect(
      isAe(
        'I am thrilled to share that I joined the steering committee this year. ' +
          'Over the next months our registry will track how often adalimumab users report ' +
          'injection site reactions across forty centres in six countries, with monthly readouts.',
      ),
    ).toBe(false);
  });
});

describe('every kind of event', () => {
  it('lack of effect', () => {
    expect(isAe('ozempic did nothing for me. 4 months at the top dose and zero weight gone')).toBe(
      true,
    );
  });
  it('overdose and misuse', () => {
    expect(isAe('my brother took 10 of my oxycodone to get high and ended up in the ER')).toBe(
      true,
    );
  });
  it('a medication error', () => {
    expect(isAe('the pharmacy gave me the wrong strength of my metoprolol by mistake')).toBe(true);
  });
  it('under-dosing and rationing', () => {
    expect(
      isAe("can't afford my Lantus so I've been rationing it, sugars all over the place"),
    ).toBe(true);
  });
  it('withdrawal', () => {
    expect(isAe('day 5 after coming off venlafaxine and the brain zaps are constant')).toBe(true);
  });
  it('exposure in pregnancy', () => {
    expect(isAe("just found out I'm pregnant and I've been taking topiramate for months")).toBe(
      true,
    );
  });
});

describe('names: brands, misspellings, vaccines, other languages', () => {
  it('a brand from the compiled WordNet vocabulary', () => {
    expect(isAe('my father has been so confused since his doctor put him on Tofranil')).toBe(true);
  });
  it('a generic misspelt by one letter, read as the right name', () => {
    const v = post('my metforman gives me the worst stomach cramps every single day');
    expect(v.ae).toBe(true);
    expect(labels(v)).toContain("Names a medicine: 'metforman' (read as metformin)");
  });
  it('a vaccine', () => {
    expect(isAe('my son had a fever of 39 and a rash the day after his flu shot')).toBe(true);
  });
  it('German, French, Spanish, Italian, Portuguese, Dutch', () => {
    expect(isAe('Seit ich Ramipril nehme, habe ich diesen trockenen Reizhusten.')).toBe(true);
    expect(isAe("Ma mère a des vertiges depuis qu'elle prend de l'amlodipine.")).toBe(true);
    expect(isAe('Mi abuela toma tramadol y ahora está mareada todo el día.')).toBe(true);
    expect(isAe('Mia madre prende il warfarin e ha lividi su tutte le braccia.')).toBe(true);
    expect(isAe('Tomo sertralina há dois meses e tenho tonturas todos os dias.')).toBe(true);
    expect(isAe('Mijn moeder slikt sinds kort amlodipine en heeft nu dikke enkels.')).toBe(true);
  });
  it('Russian in Cyrillic, with case endings', () => {
    expect(isAe('Принимаю метформин, мучает понос каждый день')).toBe(true);
    expect(isAe('Моей маме назначили амлодипин, теперь у неё отекают ноги')).toBe(true);
    expect(isAe('Антибиотики не помогают при вирусных инфекциях.')).toBe(false);
  });
});

describe('what stays false', () => {
  it('negated effects', () => {
    expect(isAe('Month 3 on sertraline and no side effects at all, sleeping well')).toBe(false);
    expect(isAe('Ich nehme Ramipril seit Jahren, keine Nebenwirkungen.')).toBe(false);
    expect(isAe('Ten days of amoxicillin for my son and no diarrhea or rash at all')).toBe(false);
  });
  it('hypotheticals and advice', () => {
    expect(isAe('Statins can cause muscle aches in some people; ask your doctor.')).toBe(false);
    expect(isAe('Does anyone know if ibuprofen could cause stomach ulcers in me long term?')).toBe(
      false,
    );
  });
  it('a general statement about a product, its list of effects included', () => {
    expect(
      isAe('The most common side effects of metformin are an upset stomach and diarrhea.'),
    ).toBe(false);
  });
  it('an event with no product', () => {
    expect(isAe('my son had a fever of 39 all night, poor thing')).toBe(false);
  });
});

describe('aeElements', () => {
  it('returns the words of each case element as the post writes them', () => {
    const e = elements('Ma fille a des vertiges et des plaques rouges depuis le Lévothyrox.');
    expect(e.products).toEqual(['Lévothyrox']);
    expect(e.events).toEqual(['vertiges', 'plaques']);
    expect(e.patient).toEqual(['Ma fille']);
  });
  it('gives empty lists when the post has none', () => {
    expect(elements('Lovely sunset over the harbour tonight.')).toEqual({
      products: [],
      events: [],
      patient: [],
    });
  });
  it('lists the elements even when the case is incomplete', () => {
    const e = elements('Statins can cause myalgia.');
    expect(e.products).toEqual(['Statins']);
    expect(e.events).toEqual([]);
    expect(e.patient).toEqual([]);
    expect(elements('my son had a fever of 39 all night')).toEqual({
      products: [],
      events: ['fever'],
      patient: ['my son'],
    });
  });
  it('explains the verdict in plain words: product, event and patient', () => {
    expect(labels(post('my son took too much of his methylphenidate, heart racing'))).toEqual([
      "Names a medicine: 'methylphenidate'",
      "Describes an overdose or misuse: 'too much'",
      "About a specific person: 'my son'",
    ]);
  });
});
