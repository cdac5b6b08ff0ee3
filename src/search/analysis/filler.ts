/**
 * Words a query does not need to match (shared by the query analysis, query.ts, and the live
 * search's typing check, typing.ts – kept apart so the typing check stays small):
 * function words, and the question words, modal verbs and small words of a question or case.
 */
export const STOPWORDS = new Set(
  (
    'der die das des dem den ein eine einer eines einem einen und oder sowie für fuer von vom zu zum zur im in ins am an auf aus bei mit ' +
    'nach über ueber unter durch gegen ohne um als wie wo was wer wann welche welcher welches ist sind wird werden wurde kann können ' +
    'koennen muss müssen muessen man ich wir sie er es sich nicht kein keine auch noch nur bis ab seit je ob wenn dass daß hat haben sein ' +
    'gibt gilt brauche braucht bitte'
  ).split(' '),
);

/**
 * Question words, modal verbs and the small words of a case description ("Darf ein Geduldeter
 * arbeiten?", "Bruder lädt Schwester ein und soll für sie bürgen"): not required to match. Words
 * of a case that carry meaning are kept; whether they matter is left to the scoring (rare words
 * weigh more, words no document contains weigh nothing).
 */
const FILLER = new Set(
  (
    'darf dürfen duerfen durfte soll sollen sollte will wollen wollte möchte moechte möchten mag könnte koennte kann müsste muesste ' +
    'hat hatte hätte haette habe hast bin bist war waren wäre waere würde wuerde wurden ' +
    'warum wieso weshalb weswegen womit wofür wofuer woher wohin wie was wer wen wem wessen wann wo welche welcher welches welchen welchem ' +
    'ihr ihm ihn ihre ihren ihrem ihrer sein seine seinen seinem seiner mein meine meinen meinem meiner dein deine unser unsere ' +
    'dort hier da dann jetzt schon bereits noch mal eigentlich genau denn doch also etwa einfach gerne gern sehr so nun ' +
    'jemand jemanden jemandem etwas nichts alle alles viele mehr man frage fragt fragen kunde kundin ' +
    'bekommen bekommt bekomme kriegen kriegt machen macht mache tun tut geht gehen ' +
    'beim vor nach zwischen dass ja nein oft immer'
  ).split(' '),
);

/** Whether a query word is a function word, question word or filler (not required to match). */
export function isFiller(word: string): boolean {
  const w = word.toLocaleLowerCase('de');
  return STOPWORDS.has(w) || FILLER.has(w);
}
