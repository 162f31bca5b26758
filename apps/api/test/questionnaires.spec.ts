import {
  allQuestions,
  QuestionDefinition,
  QuestionnaireDefinition,
  QuestionnaireExport,
  QuestionnaireTemplateDto,
  QuestionnaireVersionDto,
  validateDefinition,
} from '@datenlotse/contracts';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { requestContext } from '../src/common/request-context';
import { DEFAULT_QUESTIONNAIRE } from '../src/app/questionnaires/default-questionnaire';
import { QuestionnairesService } from '../src/app/questionnaires/questionnaires.service';
import { SeedService } from '../src/database/seeds/seed.service';
import { startTestApp, TestApp } from './test-app';

const API = '/api/v1';
const text = (de: string, en = '') => ({ de, en });
const question = (key: string, fields: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  key,
  type: 'text',
  text: text(`Frage ${key}?`),
  required: false,
  ...fields,
});
const definitionOf = (...questions: QuestionDefinition[]): QuestionnaireDefinition => ({
  sections: [{ key: 'p1', title: text('Schule'), intro: null, questions }],
});
const SCHOOL = definitionOf(
  question('pupils', { required: true, text: text('Wie viele Schülerinnen und Schüler?') }),
  question('canteen', { type: 'yes_no' }),
);

describe('questionnaire templates (HTTP)', () => {
  let t: TestApp;
  let db: DataSource;
  let team: TestAgent;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    team = await t.signIn('team');
  }, 180_000); // starting the app with the demo city takes a while on a busy machine
  afterAll(() => t?.close());

  const list = async (query = ''): Promise<QuestionnaireTemplateDto[]> =>
    (await team.get(`${API}/questionnaires${query}`).expect(200)).body;
  const version = async (id: string): Promise<QuestionnaireVersionDto> =>
    (await team.get(`${API}/questionnaire-versions/${id}`).expect(200)).body;
  /** A new template whose version 1 is published with this definition. */
  const published = async (name: string, definition: QuestionnaireDefinition) => {
    const template: QuestionnaireTemplateDto = (
      await team.post(`${API}/questionnaires`).send({ name, definition }).expect(201)
    ).body;
    const v1: QuestionnaireVersionDto = (
      await team.post(`${API}/questionnaire-versions/${template.versions[0].id}/publish`).expect(200)
    ).body;
    return { template, v1 };
  };
  const saveDraft = (draft: QuestionnaireVersionDto, definition: unknown) =>
    team.put(`${API}/questionnaire-versions/${draft.id}`).send({ version: draft.version, definition });

  it('ships the default three-part interview, published, once however often the app starts', async () => {
    await t.app.get(SeedService).seedOnFirstStart();
    await t.app.get(SeedService).seedOnFirstStart();
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM questionnaire_template WHERE seed_key = 'default'`,
    );
    expect(n).toBe(1);

    const defaults = (await list()).filter((q) => q.isDefault);
    expect(defaults).toHaveLength(1);
    expect(defaults[0]).toMatchObject({ name: 'Drei-Teile-Interview (Standard)', archivedAt: null });
    expect(defaults[0].versions).toEqual([
      expect.objectContaining({
        number: 1,
        status: 'published',
        questionCount: allQuestions(DEFAULT_QUESTIONNAIRE).length,
      }),
    ]);
    const v1 = await version(defaults[0].versions[0].id);
    expect(v1.definition.sections.map((s) => s.title.de)).toEqual([
      'Teil 1 — Vorstellung',
      'Teil 2 — Daten',
      'Teil 3 — Vereinbarung',
    ]);
    expect(validateDefinition(v1.definition)).toEqual([]);
  });

  it('edits a draft, publishes it, keeps it immutable and starts the next draft from it', async () => {
    const created = await team
      .post(`${API}/questionnaires`)
      .send({ name: ' Kurzinterview Schulen ' })
      .expect(201);
    const template: QuestionnaireTemplateDto = created.body;
    expect(template).toMatchObject({ name: 'Kurzinterview Schulen', isDefault: false });
    expect(template.versions).toEqual([
      expect.objectContaining({ number: 1, status: 'draft', publishedAt: null, questionCount: 0 }),
    ]);
    const draft = await version(template.versions[0].id);
    expect(draft.definition.sections).toHaveLength(1);

    // An empty questionnaire cannot be run: publishing it is refused.
    const empty = await team.post(`${API}/questionnaire-versions/${draft.id}/publish`).expect(400);
    expect(empty.body.fields).toHaveProperty(['definition.sections.0.questions']);

    const saved: QuestionnaireVersionDto = (await saveDraft(draft, SCHOOL).expect(200)).body;
    expect(saved.questionCount).toBe(2);
    const stale = await saveDraft(draft, SCHOOL).expect(409);
    expect(stale.body.current.version).toBe(saved.version);

    // Publishing what was read before someone's save is refused: it would publish what nobody saw.
    await team
      .post(`${API}/questionnaire-versions/${draft.id}/publish`)
      .send({ version: draft.version })
      .expect(409);
    const v1: QuestionnaireVersionDto = (
      await team
        .post(`${API}/questionnaire-versions/${draft.id}/publish`)
        .send({ version: saved.version })
        .expect(200)
    ).body;
    expect(v1).toMatchObject({ status: 'published', number: 1 });
    expect(Date.parse(v1.publishedAt ?? '')).not.toBeNaN();

    const immutable = await saveDraft(v1, definitionOf(question('other'))).expect(409);
    expect(immutable.body.message).toMatch(/published and cannot be changed/);
    await team.post(`${API}/questionnaire-versions/${v1.id}/publish`).expect(409);
    expect((await version(v1.id)).definition).toEqual(saved.definition);

    const next = await team.post(`${API}/questionnaires/${template.id}/drafts`).expect(201);
    const v2: QuestionnaireVersionDto = next.body;
    expect(v2).toMatchObject({ number: 2, status: 'draft', definition: v1.definition });
    // A template has one draft: asking again answers the same one.
    const again = await team.post(`${API}/questionnaires/${template.id}/drafts`).expect(200);
    expect(again.body.id).toBe(v2.id);

    const edited = definitionOf(...SCHOOL.sections[0].questions, question('digital', { type: 'date' }));
    const v2saved: QuestionnaireVersionDto = (await saveDraft(v2, edited).expect(200)).body;
    await team.post(`${API}/questionnaire-versions/${v2.id}/publish`).expect(200);
    const after: QuestionnaireTemplateDto = (
      await team.get(`${API}/questionnaires/${template.id}`).expect(200)
    ).body;
    expect(after.versions.map((v) => `${v.number} ${v.status} ${v.questionCount}`)).toEqual([
      '2 published 3',
      '1 published 2',
    ]);
    expect((await version(v1.id)).definition).toEqual(saved.definition);
    expect((await version(v2.id)).definition).toEqual(v2saved.definition);
  });

  it('keeps an interview with the version it was run with, and that version with the interview', async () => {
    const { template, v1 } = await published('Interview Feuerwehr', SCHOOL);
    const [department] = await db.query('SELECT id, municipality_id FROM department ORDER BY name LIMIT 1');
    await db.query(
      `INSERT INTO interview (municipality_id, department_id, template_version_id, scheduled_at, version)
         VALUES ($1, $2, $3, now() + interval '7 days', 1)`,
      [department.municipality_id, department.id, v1.id],
    );
    const draft: QuestionnaireVersionDto = (
      await team.post(`${API}/questionnaires/${template.id}/drafts`).expect(201)
    ).body;
    const reworded = definitionOf(question('pupils', { text: text('Wie viele Einsätze im Jahr?') }));
    await saveDraft(draft, reworded).expect(200);
    await team.post(`${API}/questionnaire-versions/${draft.id}/publish`).expect(200);

    const v1now = await version(v1.id);
    expect(v1now.definition).toEqual(v1.definition);
    expect(v1now.interviewCount).toBe(1);
    const inUse = await team.delete(`${API}/questionnaire-versions/${v1.id}`).expect(409);
    expect(inUse.body.message).toMatch(/used by 1 interview/);
    await version(v1.id);
  });

  it('deletes an unused version, but never the last one of a template', async () => {
    const { template, v1 } = await published('Interview Kita', SCHOOL);
    const draft: QuestionnaireVersionDto = (
      await team.post(`${API}/questionnaires/${template.id}/drafts`).expect(201)
    ).body;
    await team.delete(`${API}/questionnaire-versions/${draft.id}`).expect(204);
    await team.get(`${API}/questionnaire-versions/${draft.id}`).expect(404);
    const last = await team.delete(`${API}/questionnaire-versions/${v1.id}`).expect(409);
    expect(last.body.message).toMatch(/at least one version/);
    const audit: Array<{ action: string }> = await db.query(
      `SELECT action FROM audit_event WHERE entity = 'questionnaire_version' AND entity_id = $1`,
      [draft.id],
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('refuses a broken definition with a 400 naming each place, and stores no junk', async () => {
    const template: QuestionnaireTemplateDto = (
      await team.post(`${API}/questionnaires`).send({ name: 'Fehlerhaft' }).expect(201)
    ).body;
    const draft = await version(template.versions[0].id);
    const broken = definitionOf(
      question('a', { condition: { questionKey: 'b' } }),
      question('b'),
      question('b'),
      question('c', { type: 'single_choice', options: [{ value: 'Ja!', label: text('Ja') }] }),
    );
    const res = await saveDraft(draft, broken).expect(400);
    expect(Object.keys(res.body.fields).sort()).toEqual([
      'definition.sections.0.questions.0.condition.questionKey',
      'definition.sections.0.questions.2.key',
      'definition.sections.0.questions.3.options',
      'definition.sections.0.questions.3.options.0.value',
    ]);
    expect(res.body.codes['definition.sections.0.questions.2.key']).toEqual([
      'invalidDefinition',
      'duplicateKey',
    ]);
    expect(res.body.codes['definition.sections.0.questions.0.condition.questionKey']).toContain(
      'conditionNotEarlier',
    );
    const notAnObject = await saveDraft(draft, 'Fragebogen').expect(400);
    expect(notAnObject.body.fields).toHaveProperty(['definition']);
    await team
      .post(`${API}/questionnaires`)
      .send({ name: 'Ohne Teile', definition: { sections: [] } })
      .expect(400);

    const junk = {
      sections: [
        { ...SCHOOL.sections[0], colour: 'red', questions: [{ ...question('a'), onClick: 'alert(1)' }] },
      ],
      evil: true,
    };
    await saveDraft(draft, junk).expect(200);
    const [stored] = await db.query('SELECT definition FROM questionnaire_version WHERE id = $1', [draft.id]);
    expect(JSON.stringify(stored.definition)).not.toMatch(/colour|onClick|evil/);
  });

  it('exports a version as a download and imports it as a new template with a draft', async () => {
    const { v1 } = await published('Interview Grünflächenamt', SCHOOL);
    const res = await team.get(`${API}/questionnaire-versions/${v1.id}/export`).expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="fragebogen-interview-gruenflaechenamt-v1-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const file: QuestionnaireExport = res.body;
    expect(file).toEqual({
      format: 'datenlotse-questionnaire',
      formatVersion: 1,
      name: 'Interview Grünflächenamt',
      description: null,
      definition: v1.definition,
    });

    const imported: QuestionnaireTemplateDto = (
      await team.post(`${API}/questionnaires/import`).send(file).expect(201)
    ).body;
    expect(imported.versions).toEqual([expect.objectContaining({ number: 1, status: 'draft' })]);
    expect((await version(imported.versions[0].id)).definition).toEqual(v1.definition);

    const wrongFormat = await team
      .post(`${API}/questionnaires/import`)
      .send({ ...file, format: 'excel' })
      .expect(400);
    expect(wrongFormat.body.fields).toHaveProperty(['format']);
    const newer = await team
      .post(`${API}/questionnaires/import`)
      .send({ ...file, formatVersion: 2 })
      .expect(400);
    expect(newer.body.fields).toHaveProperty(['formatVersion']);
    const brokenInside = await team
      .post(`${API}/questionnaires/import`)
      .send({ ...file, definition: definitionOf(question('x'), question('x')) })
      .expect(400);
    expect(brokenInside.body.fields).toHaveProperty(['definition.sections.0.questions.1.key']);
  });

  it('renames and archives a template with a version check; archived ones only when asked for', async () => {
    const { template } = await published('Interview Archiv', SCHOOL);
    const renamed: QuestionnaireTemplateDto = (
      await team
        .patch(`${API}/questionnaires/${template.id}`)
        .send({ version: template.version, name: 'Interview Stadtarchiv', archived: true })
        .expect(200)
    ).body;
    expect(renamed.archivedAt).not.toBeNull();
    await team
      .patch(`${API}/questionnaires/${template.id}`)
      .send({ version: template.version, name: 'Alt' })
      .expect(409);
    expect((await list()).map((q) => q.id)).not.toContain(template.id);
    const all = await list('?includeArchived=true');
    expect(all.find((q) => q.id === template.id)?.name).toBe('Interview Stadtarchiv');
    expect(all[0].isDefault).toBe(true);
  });

  it('gives the interviews the default version and only published versions', async () => {
    const service = t.app.get(QuestionnairesService);
    const { template, v1 } = await published('Interview Ordnungsamt', SCHOOL);
    const draft: QuestionnaireVersionDto = (
      await team.post(`${API}/questionnaires/${template.id}/drafts`).expect(201)
    ).body;
    const [{ municipality_id: municipalityId }] = await db.query(
      'SELECT municipality_id FROM questionnaire_template WHERE id = $1',
      [template.id],
    );
    const [defaultVersion] = await db.query(
      `SELECT v.id FROM questionnaire_version v JOIN questionnaire_template t ON t.id = v.template_id
        WHERE t.seed_key = 'default' AND v.status = 'published' ORDER BY v.number DESC LIMIT 1`,
    );
    await requestContext.run({ requestId: 'test', ip: '127.0.0.1', municipalityId }, async () => {
      expect(await service.defaultVersionId(db.manager)).toBe(defaultVersion.id);
      expect(await service.publishedVersion(db.manager, v1.id)).toEqual({
        id: v1.id,
        definition: v1.definition,
        templateName: 'Interview Ordnungsamt',
        number: 1,
      });
      await expect(service.publishedVersion(db.manager, draft.id)).rejects.toMatchObject({
        response: { fields: { templateVersionId: [expect.any(String)] } },
      });
    });
  });

  it('lets management read but not write, and keeps department heads out', async () => {
    const management = await t.signIn('management');
    const head = await t.signIn('department_head');
    const [template] = await list();
    const versionId = template.versions[0].id;
    await management.get(`${API}/questionnaires/${template.id}`).expect(200);
    await management.get(`${API}/questionnaire-versions/${versionId}`).expect(200);
    await management.get(`${API}/questionnaire-versions/${versionId}/export`).expect(200);
    const writes: Array<[agent: TestAgent, status: number]> = [
      [management, 403],
      [head, 403],
    ];
    for (const [agent, status] of writes) {
      await agent.post(`${API}/questionnaires`).send({ name: 'Nicht erlaubt' }).expect(status);
      await agent
        .patch(`${API}/questionnaires/${template.id}`)
        .send({ version: 1, name: 'x' })
        .expect(status);
      await agent.post(`${API}/questionnaires/${template.id}/drafts`).expect(status);
      await agent.post(`${API}/questionnaires/import`).send({}).expect(status);
      await agent.put(`${API}/questionnaire-versions/${versionId}`).send({}).expect(status);
      await agent.post(`${API}/questionnaire-versions/${versionId}/publish`).expect(status);
      await agent.delete(`${API}/questionnaire-versions/${versionId}`).expect(status);
    }
    await head.get(`${API}/questionnaires/${template.id}`).expect(403);
    await head.get(`${API}/questionnaire-versions/${versionId}`).expect(403);
  });
});
