/**
 * Adverse events in lay words, beside `lexicon-ae-events.ts`: loose effects ("felt awful"), lab
 * changes ("ALT 3x ULN"), injection-site and device trouble, loose lack of effect ("did nothing").
 */
import type { EventKind } from './lexicon-ae-events';

// prettier-ignore
const LAY_EN = [
  'tast* like {metal|metallic|pennies|coins|a battery|battery|chemicals|cardboard|soap|sulfur|sulphur|rotten|ash|nothing}',
  'tastes {weird|off|funny|wrong|awful|terrible|disgusting|bitter|strange|different|salty|sweet|gross}',
  'metal* taste', 'metal mouth', 'everything tastes', 'lost my {taste|smell|sense}', 'taste {change*|is gone|disturbance}',
  'akathisia', "{can't|cant|couldn't|could not} sit still", 'restless*',
  'crawling out of my skin', 'jitter*', 'ozempic face', 'hollow', 'sunken', 'gaunt',
  'sagging', 'handfuls', 'clumps', 'hair {is|was|keeps} {falling|coming|thinning|shedding}', 'shower drain',
  'thinning', 'shedding',
  '{felt|feel|feels|feeling} {awful|terrible|horrible|rough|sick|ill|crap|crappy|drunk|high|weird|wrong|off|spaced|lousy|miserable}',
  '{felt|feel|feels|feeling} like {crap|death|garbage|trash|hell|shit|a zombie|dying|i was dying|i m dying|i am dying}',
  'sick as a dog', 'knocked me {out|down|flat|sideways|for six|on my}', 'knocked out', 'flu like', 'body aches',
  'spaced out', 'wiped', 'drained',
  '{no|zero|low} {energy|libido|sex drive|appetite}', 'slept <n>', 'sleeping all day', "{can't|cant} stay awake",
  "{can't|cant} think straight", 
  'heart {racing|pounding|fluttering|skipping|flutters|skips|races|pounds|is racing|was racing|rate <n>}',
  'racing heart', 'pounding heart', '<n> bpm', 'hr <n>', 'stopped eating', 'not eating',
  "{won't|wont|refuses to|refused to} eat", 'sunburn*', 'burn* {so bad|badly|easily}', 'blister*', 'peeling',
  'raw', 'photosensitiv*', 'spotting', 'heavy {period|periods|bleeding}', 'bathroom every', 'peeing {constantly|all|every|nonstop|non stop}',
  'woke up in', 'sleep {walking|driving|eating}', 'no memory of', 'bloody stool*', 'bloody diarrh*',
  'throat {felt|feels|was|got|went|tight|tightening|closing|swelling}', 'tight {throat|chest}', 'chest tight*',
  "{couldn't|couldnt|could not|can't|cant} breathe", 'use* {my|the|an|her|his} {epipen|epi pen|epi}',
  'febrile', "{haven't|havent|hasn't|hasnt|have not|not} slept", 'up all night', 'awake all night',
  'mood swing*', 'welt*', 'hot flash*', 'hot flush*', 'flushing', 'flushed', 'bloat*',
  'heartburn', 'reflux', 'crying spells', 
  ];
// prettier-ignore
const SITE_EN = [
  'injection site*', 'site reaction*', '{pen|injection|jab|shot|pump|patch|infusion|needle|insertion} site',
  'site is', 'skin under', 'under the patch', 'patch {rash|burn|burns|irritation}', 'irritat*', 'lipohypertroph*',
  'infusion reaction*', 'lump', 'lumps', 'knot', 'rock hard', 'hot to the touch', 'redness', 'red {and|hot|patch|patches|ring|streak|streaks|welt|lump|bump|spot|spots|raised|swollen|itchy|sore}',
  'dead arm', "{can't|cant|couldn't|could not} lift", 'arm {is|was|so|has|got|went|swelled|swollen|hurts|itches|itchy}',
  'arm {rock|sore|hot|red|hard|numb|dead}',
];
// prettier-ignore
const DEVICE_EN = [
  'malfunction*', 'defective', 'faulty', 'jammed', 'leaked', 'leaking', 'needle {broke|bent|snapped|stuck}',
  'pump {failed|failure|alarm*}', ];
// prettier-ignore
const LAB = [
  '<n>x uln', '<n> x uln', 'x uln', 'uln', 'times the upper', 'upper limit of normal', 'above {the|} upper limit',
  '{sugar|sugars|glucose|bg|bgl|bs|level|levels|ggt|tsh|t4|ft4|hemoglobin|haemoglobin|neutrophil*|ldl|triglycerides|cholesterol|ammonia|amylase|troponin|qtc|sats|o2|spo2} {<n>|dropped|crashed|fell|plummeted|tanked|hit|spiked|spiking|shot|soared|skyrocketed|climbed|rose|jumped|doubled|tripled|went}',
  'transaminitis', 'transaminas*', 'liver {enzymes|numbers|values|levels|tests|function}', 'kidney {function|numbers|values}',
  'low {potassium|sodium|platelets|white count|wbc|neutrophils|blood pressure|bp|sugar|sugars|magnesium|calcium}',
  'high {potassium|bp|blood pressure|sugar|sugars|heart rate|hr|pulse|liver|ck|calcium|glucose}',
  'unterzucker*', 'blutzucker {<n>|war|ist|fiel|gefallen|runter|hoch|im}', 'zucker {<n>|war|ist|fiel|runter|hoch|im}', 'leberwert*',
  'glycemie {<n>|a|est|tombe*|monte*|trop}', 'hypoglycemie*', 'transaminases',
  'glucosa {<n>|sigue|alta|baja|por|subio|bajo}', 'azucar {<n>|baja|alta|bajo|subio|sigue|por}', 'bajon de azucar',
  'glicemia {<n>|alta|bassa|a|e|sale|scesa|caiu|subiu|baixa}', 'ipoglicemi*', 'iperglicemi*', 'hipoglicemi*',
  'glicose {<n>|alta|baixa|caiu|subiu}', 'valori epatici', 'enzimas hepaticas', 'transaminasi',
  'suiker {<n>|zakte|was|te|schoot}', 'alat', 'asat', 'leverwaarden', 'leverenzymen',
  'сахар {упал|упала|поднялся|скачет|вырос|<n>|до}', 'упал до', 'гипогликеми*', 'печеночн* {пробы|ферменты}', 'алт', 'аст',
];
// prettier-ignore
const LAY_DE = [
  'schmeckt {alles|nach|metallisch|komisch|bitter|seltsam|anders}', 'geschmack*', 'metallisch*', 'hustet*', 'haare {fallen|gehen|aus}', 'fix und fertig', 'mir {ist|war|wurde|wird} {schlecht|ubel|schwindelig}', 'schlecht geworden', 'kaputt',
  'gerotet', 'rotung', 'beule', 'knubbel', 'verhartung', 'einstichstelle', 'impfreaktion', 'lokalreaktion',
  'agranulozytose', 'neutropenie', 'leukopenie', 'thrombopenie', 'innere unruhe', 'unruhig', 'herzklopfen',
  'sodbrennen', 'blahung*', 'ohnmacht*', 'kollaps', 'gesturzt', 'sturz', 'nachtschweiss',
  'nachtschweiß', 'ausgeknockt', 'platt', 'schlapp*', 'antriebslos*', 'kribbeln', 'taub',
];
// prettier-ignore
const LAY_FR = [
  'emball*', 'dors plus', 'dort plus', '{yeux|peau|bras} rouge*', 'flou', 'floue', 'gout {metallique|bizarre|de metal|amer}',
  'metallique', 'hypophysite', 'colite', 'hepatite', 'pancreatite',
  'neutropenie', 'agranulocytose', 'thrombopenie', 'anaphyla*', 'creve*', 'ballonn*', 'brulure*',
  'rougeur*', 'point d injection', 'site d injection', 'bras {gonfle|rouge|douloureux|dur}', 'chute*', 'tombe*',
  'malade', 'palpite', 'evanoui*', 'hypoglycemi*', 'saigne*', 
];
// prettier-ignore
const LAY_ES_IT_PT = [
  'migrana*', 'se cayo', 'caida*', 'cayo', 'cayendo', 'sabor*', 'metalico', 'ojos rojos', 'enrojec*', 'bulto',
  'vomitos', 'fatal', 'hecha polvo', 'hecho polvo', 'arritmia', 'granos', 'se me cae', 'sangrado', 'picazon',
  'ardor', 'zona de inyeccion', 'brazo {hinchado|rojo|duele|me duele}', 'desmay*', 'debil', 'debilidad',
  'emorragi*', 'sangue', 'perso {un sacco|i capelli|capelli|molti}', 'fibrosi', 'polmonite', 'sapore*', 'metallico', '{braccio|occhi} {rosso|rossi|gonfio}',
  'arrossa*', 'gonfio', 'vomito', 'caduta', 'caduto', 'cado', 'debole', 'debolezza', 'a pezzi', 'orticaria',
  'battito', 'malessere', 'svenut*', 'svenimento', 'olhos vermelhos', 'doi {demais|muito|tanto|bastante}', 'doendo', 'pessim*', 'passando mal',
  'queda', 'caindo', 'gosto {metalico|estranho|ruim|amargo}', 'desmai*', 'coracao {acelerado|disparado|disparou|batendo}', 'falta de ar', 'caroco', 'braco {inchado|vermelho|doendo|doi}',
  'enjoad*', 'mal estar', 'fraqueza',
];
// prettier-ignore
const LAY_NL_RU_TR_PL = [
  'eetlust', 'rode {arm|plek|plekken|bult|ogen}', 'smaak*', 'metaalsmaak', 'valt uit', 'bultjes', 'flauw*', 'gevallen', 'bloedneus',
  'bloeding*', 'doodmoe', 'uitgeput', 'beroerd', 'ellendig', 'ziek', 'prikplek', 'duizelig', 'hartslag',
  'трясло', 'трясет', 'мокрыи', 'мокрая', 'вкус*', 'металлическ*', 'клоками', 'плохо', 'давлен*', 'покраснен*',
  'шишка', 'уплотнен*', 'место укола', 'рука {болит|опухла|распухла}', 'упал*', 'упала', 'обморок',
  'потерял* сознание', 'выпадают', 'лезут', 'слабость',
  'yan etki*', 'bulant*', 'sisti', 'sislik', 'agrı*', 'kasınt*', 'dokuntu', 'ishal', 'kusma', 'bas donmesi',
  'uyuyorum', 'uyku*', 'skutki uboczne', 'nudnosci', 'wysypka', 'zawroty', 'biegunka', 'rabdomioliz*', 'miopati*', ];
/** "still" only with what did not change. */
// prettier-ignore
const NO_EFFECT_LAY = [
  'still {spiking|high|flaring|gaining|hungry|in pain|sick|bleeding|itchy|breaking out|depressed|anxious|struggling|elevated|the same|uncontrolled|over <n>}',
  'not {a|one} single {pound|kg|lb|kilo|pound}', 'not losing', "{haven't|havent|hasn't|hasnt} lost", 'zero results',
  'did {absolutely|literally|jack|squat|zip|zilch} {nothing|squat|zip}', 'did jack', 'did squat', 'useless',
  "{doesn't|doesnt|didn't|didnt|does not|did not} do {anything|a thing|much|squat}", 'not doing {anything|a thing|much}',
  'no longer {works|working|helps|helping|effective|controls}', 'quit working', 'stopped {helping|doing}',
  'not {controlling|holding|touching|lowering|budging|helping}', "{won't|wont} budge", "{hasn't|hasnt} budged",
  'flared', 'flaring', 'flare up', 'flare ups',
  'no me hizo nada', 'no hace nada', 'sigue {igual|alta|alto|por las nubes|subiendo|sin bajar}', 'sin resultados',
  'no he bajado', 'aucun resultat', 'marche plus', 'rien {fait|change}', 'sert a rien', 'toujours {aussi|autant|pareil}',
  'bringt {nichts|nix}', 'nichts gebracht', 'immer noch {hoch|zu hoch|schmerzen}', 'non fa niente',
  'non serve a niente', 'non mi fa niente', 'ancora {alta|alto|alti}', 'nessun risultato', 'nao {fez|faz} nada',
  'continua {alta|alto|igual}', 'nada mudou', 'sem resultado', 'doet {niks|niets}', 'helpt niks', 'geen resultaat',
  'nog steeds {hoog|te hoog|pijn}', 'бесполезн*', 'никакого эффекта', 'ноль эффекта', 'толку нет', 'не помогло',
];

const EFFECT_LAY = [
  ...LAY_EN,
  ...SITE_EN,
  ...LAB,
  ...LAY_DE,
  ...LAY_FR,
  ...LAY_ES_IT_PT,
  ...LAY_NL_RU_TR_PL,
];
export const LAY_EVENTS: readonly (readonly [string, EventKind])[] = [
  ...EFFECT_LAY.map((e) => [e, 'effect'] as const),
  ...DEVICE_EN.map((e) => [e, 'error'] as const),
  ...NO_EFFECT_LAY.map((e) => [e, 'no-effect'] as const),
];
