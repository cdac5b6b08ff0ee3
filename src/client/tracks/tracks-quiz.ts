/**
 * Self-check questions (QuizQuestion.astro): answer, get immediate feedback with the
 * explanation, retry. Answer and explanation come from the page data and enter the page only
 * after answering; the options are read from the question's own labels. Results are recorded in the progress (best result counts); a question answered
 * earlier shows its last answer again on the next visit.
 */
import type { QuizMark } from '../../tracks/progress-model.ts';
import { recordAnswer, followTrack } from '../../tracks/progress-model.ts';
import { progress, update } from './tracks-store.ts';

function text(tag: string, className: string, content: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

export function initQuestion(box: HTMLElement, track: string, key: string, item: { answer: number; explanation: string }): void {
  const radios = [...box.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const check = box.querySelector<HTMLButtonElement>('[data-quiz-check]')!;
  const retry = box.querySelector<HTMLButtonElement>('[data-quiz-retry]')!;
  const feedback = box.querySelector<HTMLElement>('[data-quiz-feedback]')!;
  const marks = [...box.querySelectorAll<HTMLElement>('[data-option-mark]')];
  const { answer } = item;
  /** The right option's wording: the label's own text, without the mark filled in later. */
  const rightText = radios[answer]?.labels?.[0]?.firstChild?.textContent?.trim() ?? '';

  const showAnswered = (choice: number, mark: QuizMark | undefined) => {
    const right = choice === answer;
    radios.forEach((r, i) => {
      r.checked = i === choice;
      r.disabled = true;
    });
    marks.forEach((m, i) => {
      m.textContent = i === answer ? (i === choice ? ' – Ihre Antwort, richtig' : ' – richtige Antwort') : i === choice ? ' – Ihre Antwort' : '';
    });
    const panel = text('div', 'quiz-feedback', '');
    panel.append(
      text('p', `quiz-verdict ${right ? 'quiz-right' : 'quiz-wrong'}`, right ? 'Richtig.' : `Nicht richtig. Richtig ist: „${rightText}“.`),
      text('p', 'quiz-explanation', item.explanation),
      ...(mark && mark.attempts > 1
        ? [text('p', 'meta', `Versuche bisher: ${mark.attempts}${mark.correct && !right ? ' – früher schon einmal richtig beantwortet' : ''}.`)]
        : []),
    );
    feedback.replaceChildren(panel);
    box.dataset.quizState = right ? 'right' : 'wrong';
    check.hidden = true;
    retry.hidden = false;
  };

  const reset = () => {
    radios.forEach((r) => {
      r.checked = false;
      r.disabled = false;
    });
    marks.forEach((m) => (m.textContent = ''));
    feedback.replaceChildren();
    delete box.dataset.quizState;
    check.hidden = false;
    retry.hidden = true;
  };

  check.addEventListener('click', () => {
    const choice = radios.findIndex((r) => r.checked);
    if (choice < 0) {
      feedback.replaceChildren(text('p', 'quiz-verdict quiz-feedback', 'Bitte zuerst eine Antwort wählen.'));
      radios[0]?.focus();
      return;
    }
    update((p, now, day) => followTrack(recordAnswer(p, key, choice, choice === answer, day, now), track, now));
    showAnswered(choice, progress().quiz[key]);
    retry.focus();
  });

  retry.addEventListener('click', () => {
    reset();
    radios[0]?.focus();
  });

  const earlier = progress().quiz[key];
  if (earlier && earlier.last < radios.length) showAnswered(earlier.last, earlier);
}
