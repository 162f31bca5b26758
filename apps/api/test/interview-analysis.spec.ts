import { allQuestions, InterviewAnalysisDto, QuestionAnalysis } from '@datenlotse/contracts';
import { DataSource } from 'typeorm';
import { DEFAULT_QUESTIONNAIRE } from '../src/app/questionnaires/default-questionnaire';
import { newDepartment } from './crm-fixtures';
import { insertInterview, insertQuestionnaire } from './interview-analysis-fixtures';
import { startTestApp, TestApp } from './test-app';

const question = (analysis: InterviewAnalysisDto, key: string): QuestionAnalysis => {
  const found = analysis.questions.find((q) => q.key === key);
  if (!found) throw new Error(`No question ${key} in the analysis`);
  return found;
};
const counted = (analysis: InterviewAnalysisDto, key: string) =>
  question(analysis, key).counts?.map((entry) => [entry.value, entry.count]);

/** Answers per question across completed interviews: what the team reads off the analysis screen. */
describe('interview analysis', () => {
  let t: TestApp;
  let db: DataSource;
  let templateId: string;
  let versionId: string;
  let dezernatId: string;
  const path = (query: Record<string, string> = {}) =>
    `/api/v1/interview-analysis?${new URLSearchParams({ templateId, ...query })}`;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    const team = await t.signIn('team');
    ({ templateId, versionId } = await insertQuestionnaire(db, DEFAULT_QUESTIONNAIRE));
    dezernatId = (await newDepartment(team, 'Dezernat für Auswertungen', null, 'dezernat')).id;
    const kataster = (await newDepartment(team, 'Katasteramt Test', dezernatId)).id;
    const gruen = (await newDepartment(team, 'Grünflächenamt Test', dezernatId)).id;
    const gruenAbteilung = (await newDepartment(team, 'Abteilung Spielplätze Test', gruen, 'abteilung')).id;
    const verkehr = (await newDepartment(team, 'Verkehrsamt Test')).id;
    await insertInterview(db, {
      departmentId: kataster,
      versionId,
      completedAt: '2027-01-10T10:00:00+01:00',
      answers: {
        p1_tasks: 'Liegenschaftskataster und Vermessung',
        p1_portal_known: 'yes',
        p1_od_knowledge: 4,
        p1_published_before: ['website', 'geoportal'],
        p1_concerns: [
          { id: 'a', category: 'privacy', statement: 'Eigentümer sind erkennbar.' },
          { id: 'b', category: 'privacy', statement: 'Flurstücke verraten Personen.' },
          { id: 'c', category: 'workload', statement: 'Keine Zeit für Aufbereitung.' },
        ],
        p2_personal_data: true,
        p2_datasets: [
          { id: 'r1', title: 'Hausnummern', sourceSystem: 'ALKIS', requestedBy: 'Presse' },
          { id: 'r2', title: 'Flurstücke', sourceSystem: ' alkis ' },
        ],
      },
    });
    await insertInterview(db, {
      departmentId: gruenAbteilung,
      versionId,
      // Late on the last day of the range: `to` takes in the whole day in Berlin.
      completedAt: '2027-02-15T22:30:00+01:00',
      answers: {
        p1_tasks: 'Spielplätze und Grünanlagen',
        p1_portal_known: 'yes',
        p1_od_knowledge: 2,
        p1_published_before: ['website'],
        p1_concerns: [{ id: 'a', category: 'critical_infrastructure', statement: 'Brunnenanlagen.' }],
        p2_personal_data: false,
        p2_datasets: [
          { id: 'r1', title: 'Baumkataster', sourceSystem: 'ALKIS ' },
          {
            id: 'r2',
            title: 'Spielplätze',
            sourceSystem: 'GIS-Portal',
            requestedBy: 'Bürgerinnen und Bürger',
          },
        ],
      },
    });
    await insertInterview(db, {
      departmentId: verkehr,
      versionId,
      completedAt: '2027-03-20T10:00:00+01:00',
      answers: {
        p1_tasks: '   ',
        p1_portal_known: 'no',
        p1_od_knowledge: 4,
        p1_published_before: [],
        p2_personal_data: true,
        p2_datasets: [{ id: 'r1', title: 'Parkhäuser', sourceSystem: 'Parkleitsystem' }],
      },
    });
    // Not completed: not counted.
    await insertInterview(db, {
      departmentId: verkehr,
      versionId,
      status: 'in_progress',
      answers: { p1_portal_known: 'heard', p1_od_knowledge: 5 },
    });
  });
  afterAll(() => t.close());

  it('counts the answers of the completed interviews, every option listed, most frequent first', async () => {
    const team = await t.signIn('team');
    const analysis: InterviewAnalysisDto = (await team.get(path()).expect(200)).body;
    expect(analysis.interviewCount).toBe(3);
    expect(analysis.questions.map((q) => q.key)).toEqual(
      allQuestions(DEFAULT_QUESTIONNAIRE).map((q) => q.key),
    );
    expect(question(analysis, 'p1_portal_known')).toMatchObject({
      answered: 3,
      sectionKey: 'p1',
      type: 'single_choice',
    });
    expect(question(analysis, 'p1_portal_known').counts).toEqual([
      { value: 'yes', label: { de: 'Ja, wir nutzen es', en: 'Yes, we use it' }, count: 2 },
      { value: 'no', label: { de: 'Nein', en: 'No' }, count: 1 },
      {
        value: 'heard',
        label: { de: 'Davon gehört, aber nicht genutzt', en: 'Heard of it, not used' },
        count: 0,
      },
    ]);
    expect(question(analysis, 'p2_personal_data').counts).toEqual([
      { value: 'yes', label: { de: 'Ja', en: 'Yes' }, count: 2 },
      { value: 'no', label: { de: 'Nein', en: 'No' }, count: 1 },
    ]);
    expect(question(analysis, 'p1_published_before').answered).toBe(2);
    expect(counted(analysis, 'p1_published_before')?.slice(0, 3)).toEqual([
      ['website', 2],
      ['geoportal', 1],
      ['portal', 0],
    ]);
    expect(counted(analysis, 'p1_od_knowledge')).toEqual([
      ['1', 0],
      ['2', 1],
      ['3', 0],
      ['4', 2],
      ['5', 0],
    ]);
    expect(question(analysis, 'p1_od_knowledge').counts?.[0].label.de).toBe('1 – gar nicht');
  });

  it('counts concern categories by the interviews that raised them', async () => {
    const analysis: InterviewAnalysisDto = (await (await t.signIn('management')).get(path()).expect(200))
      .body;
    expect(question(analysis, 'p1_concerns').answered).toBe(2);
    // A department with two privacy concerns counts once; ties in the order of the objection form.
    expect(question(analysis, 'p1_concerns').counts).toEqual([
      {
        value: 'critical_infrastructure',
        label: { de: 'Kritische Infrastruktur', en: 'Critical infrastructure' },
        count: 1,
      },
      { value: 'privacy', label: { de: 'Datenschutz', en: 'Privacy' }, count: 1 },
      { value: 'workload', label: { de: 'Arbeitsaufwand', en: 'Workload' }, count: 1 },
    ]);
  });

  it('shows which Fachverfahren recur, and the candidates with who asks for them', async () => {
    const analysis: InterviewAnalysisDto = (await (await t.signIn('team')).get(path()).expect(200)).body;
    const datasets = question(analysis, 'p2_datasets');
    expect(datasets.counts?.[0]).toEqual({ value: 'alkis', label: { de: 'ALKIS', en: 'ALKIS' }, count: 2 });
    expect(datasets.counts?.slice(1).map((entry) => [entry.label.de, entry.count])).toEqual([
      ['GIS-Portal', 1],
      ['Parkleitsystem', 1],
    ]);
    expect(datasets.texts?.map((text) => [text.departmentName, text.text])).toEqual([
      ['Verkehrsamt Test', 'Parkhäuser'],
      ['Abteilung Spielplätze Test', 'Baumkataster'],
      ['Abteilung Spielplätze Test', 'Spielplätze (Bürgerinnen und Bürger)'],
      ['Katasteramt Test', 'Hausnummern (Presse)'],
      ['Katasteramt Test', 'Flurstücke'],
    ]);
  });

  it('lists the texts of open questions with their department and interview', async () => {
    const analysis: InterviewAnalysisDto = (await (await t.signIn('team')).get(path()).expect(200)).body;
    const tasks = question(analysis, 'p1_tasks');
    expect(tasks.answered).toBe(2);
    expect(tasks.counts).toBeUndefined();
    expect(tasks.texts).toEqual([
      {
        departmentName: 'Abteilung Spielplätze Test',
        interviewId: expect.any(String),
        text: 'Spielplätze und Grünanlagen',
      },
      {
        departmentName: 'Katasteramt Test',
        interviewId: expect.any(String),
        text: 'Liegenschaftskataster und Vermessung',
      },
    ]);
  });

  it('filters by a Dezernat with all its sub-units, and by the day of completion', async () => {
    const team = await t.signIn('team');
    const inDezernat: InterviewAnalysisDto = (await team.get(path({ dezernatId })).expect(200)).body;
    expect(inDezernat.interviewCount).toBe(2);
    expect(counted(inDezernat, 'p1_portal_known')).toEqual([
      ['yes', 2],
      ['heard', 0],
      ['no', 0],
    ]);
    const from: InterviewAnalysisDto = (await team.get(path({ from: '2027-02-01' })).expect(200)).body;
    expect(from.interviewCount).toBe(2);
    const until: InterviewAnalysisDto = (await team.get(path({ to: '2027-02-15' })).expect(200)).body;
    expect(until.interviewCount).toBe(2);
    expect(counted(until, 'p2_personal_data')).toEqual([
      ['yes', 1],
      ['no', 1],
    ]);
    const none: InterviewAnalysisDto = (
      await team.get(path({ from: '2027-01-11', to: '2027-02-14' })).expect(200)
    ).body;
    expect(none.interviewCount).toBe(0);
    expect(question(none, 'p1_portal_known').answered).toBe(0);
  });

  it('keeps counting a question a newer version dropped, after the current questions', async () => {
    const { templateId: ownTemplate, versionId: v1 } = await insertQuestionnaire(
      db,
      DEFAULT_QUESTIONNAIRE,
      'Mit Versionen',
    );
    const unit = (await newDepartment(await t.signIn('team'), 'Amt mit alter Version')).id;
    await insertInterview(db, {
      departmentId: unit,
      versionId: v1,
      completedAt: '2027-01-05T10:00:00+01:00',
      answers: { p2_geo: true, p1_portal_known: 'heard' },
    });
    const withoutGeo = {
      sections: DEFAULT_QUESTIONNAIRE.sections.map((section) => ({
        ...section,
        questions: section.questions.filter((q) => q.key !== 'p2_geo'),
      })),
    };
    await db.query(
      `INSERT INTO questionnaire_version (municipality_id, template_id, number, status, definition, published_at, version)
         SELECT municipality_id, id, 2, 'published', $2, now(), 1 FROM questionnaire_template WHERE id = $1`,
      [ownTemplate, JSON.stringify(withoutGeo)],
    );
    const analysis: InterviewAnalysisDto = (
      await (await t.signIn('team')).get(`/api/v1/interview-analysis?templateId=${ownTemplate}`).expect(200)
    ).body;
    expect(analysis.questions.map((q) => q.key)).toEqual([
      ...allQuestions(withoutGeo).map((q) => q.key),
      'p2_geo',
    ]);
    expect(counted(analysis, 'p2_geo')).toEqual([
      ['yes', 1],
      ['no', 0],
    ]);
    expect(counted(analysis, 'p1_portal_known')?.[0]).toEqual(['heard', 1]);
  });

  it('names a wrong filter in a 400', async () => {
    const team = await t.signIn('team');
    const unknown = await team.get(
      '/api/v1/interview-analysis?templateId=6f1c1d7e-0000-4000-8000-000000000000',
    );
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.fields)).toEqual(['templateId']);
    const badDay = await team.get(path({ from: '15.02.2027' }));
    expect(badDay.status).toBe(400);
    expect(Object.keys(badDay.body.fields)).toEqual(['from']);
  });

  it('is for the team and management, not for department heads', async () => {
    await (await t.signIn('department_head')).get(path()).expect(403);
    // Without a template named: the shipped default questionnaire.
    const analysis: InterviewAnalysisDto = (
      await (await t.signIn('admin')).get('/api/v1/interview-analysis').expect(200)
    ).body;
    expect(analysis.questions.map((q) => q.key)).toEqual(
      allQuestions(DEFAULT_QUESTIONNAIRE).map((q) => q.key),
    );
  });
});
