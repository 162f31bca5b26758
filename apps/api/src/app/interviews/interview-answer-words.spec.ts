import { QuestionDefinition } from '@datenlotse/contracts';
import { answerInWords, WordsContext } from './interview-answer-words';

const question = (
  fields: Partial<QuestionDefinition> & Pick<QuestionDefinition, 'type'>,
): QuestionDefinition => ({
  key: 'q',
  text: { de: 'Frage', en: 'Question' },
  required: false,
  ...fields,
});

const contacts = new Map([['c-1', { name: 'Lena Fischer', title: 'Referentin Leitstelle' }]]);
const de: WordsContext = { locale: 'de', contacts, answers: {} };
const en: WordsContext = { locale: 'en', contacts, answers: {} };

describe('answers in words', () => {
  it('says yes and no in the reader’s language', () => {
    const yesNo = question({ type: 'yes_no' });
    expect(answerInWords(yesNo, true, de).answer).toBe('Ja');
    expect(answerInWords(yesNo, false, de).answer).toBe('Nein');
    expect(answerInWords(yesNo, true, en).answer).toBe('Yes');
  });

  it('names chosen options by their labels, falling back to German where English is empty', () => {
    const choice = question({
      type: 'multi_choice',
      options: [
        { value: 'press', label: { de: 'Presse', en: 'Press' } },
        { value: 'council', label: { de: 'Rat und Ausschüsse', en: '' } },
      ],
    });
    expect(answerInWords(choice, ['press', 'council'], de).answer).toBe('Presse, Rat und Ausschüsse');
    expect(answerInWords(choice, ['press', 'council'], en).answer).toBe('Press, Rat und Ausschüsse');
  });

  it('gives a scale as "4 von 5" and a date as the German day', () => {
    const scale = question({ type: 'scale', scale: { min: 1, max: 5 } });
    expect(answerInWords(scale, 4, de).answer).toBe('4 von 5');
    expect(answerInWords(scale, 4, en).answer).toBe('4 of 5');
    expect(answerInWords(question({ type: 'date' }), '2027-03-12', de).answer).toBe('12.03.2027');
  });

  it('names a contact with their role, and an erased one as a former contact', () => {
    const contact = question({ type: 'contact' });
    expect(answerInWords(contact, 'c-1', de).answer).toBe('Lena Fischer (Referentin Leitstelle)');
    expect(answerInWords(contact, 'c-gone', de).answer).toBe('Ehemaliger Kontakt');
  });

  it('names the dataset row a choice over the list points at', () => {
    const first = question({ type: 'single_choice', optionsFrom: 'rows' });
    const context = { ...de, answers: { rows: [{ id: 'r1', title: 'Sirenenstandorte' }] } };
    expect(answerInWords(first, 'r1', context).answer).toBe('Sirenenstandorte');
  });

  it('turns the lists into tables with words for rhythm, personal data and category', () => {
    const rows = answerInWords(
      question({ type: 'dataset_list' }),
      [{ id: 'r1', title: 'Hydranten', accrualPeriodicity: 'ANNUAL', containsPersonalData: true }],
      de,
    );
    expect(rows.rows).toEqual([['Hydranten', '', '', '', 'Jährlich', 'Ja', '']]);
    const concerns = answerInWords(
      question({ type: 'objection_list' }),
      [{ id: 'c', category: 'misuse', statement: 'Daten werden verfälscht.', raisedByContactId: 'c-1' }],
      en,
    );
    expect(concerns).toEqual({
      answer: 'Misuse',
      rows: [['Misuse', 'Daten werden verfälscht.', 'Lena Fischer (Referentin Leitstelle)']],
    });
  });

  it('leaves an unanswered question empty', () => {
    expect(answerInWords(question({ type: 'text' }), '  ', de)).toEqual({ answer: null });
    expect(answerInWords(question({ type: 'dataset_list' }), null, de)).toEqual({ answer: null, rows: [] });
  });
});
