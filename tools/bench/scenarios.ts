import { API_ROUTES, DepartmentRowDto, departmentTimelinePath, Page } from '@datenlotse/contracts';
import { Api } from './api';

/** What a user typing into the search box sends, one request per keystroke that fires. */
const TYPED_WORDS = ['Feuerwehr', 'Geodaten', 'Schulen', 'Radverkehr', 'Müller', 'Vermessung', 'Statistik'];

function prefixes(word: string): string[] {
  return [1, 2, 3, 6, word.length]
    .filter((n, i, all) => n <= word.length && all.indexOf(n) === i)
    .map((n) => word.slice(0, n));
}

/** The scenarios of the speed targets; ids are read from the server first. */
export async function scenarios(api: Api) {
  const recent = await api.get<Page<DepartmentRowDto>>(
    `${API_ROUTES.departmentTable}?sort=lastContactAt&order=desc&limit=20`,
  );
  if (recent.items.length === 0) throw new Error('No departments: generate data first (npm run generate)');
  const table = `${API_ROUTES.departmentTable}?limit=50`;
  return [
    {
      name: 'table',
      description:
        'department table page: 50 rows, filtered (stage, kind, tag, no contact for N days) and sorted',
      paths: [
        `${table}&stage=contacted&sort=lastContactAt&order=desc`,
        `${table}&kind=amt&sort=name`,
        `${table}&tag=Geodaten&sort=stage&order=desc`,
        `${table}&noContactDays=90&sort=dezernat&offset=50`,
        `${table}&q=Verkehr&sort=owner`,
      ],
    },
    {
      name: 'search',
      description: `search-as-you-type: prefixes of ${TYPED_WORDS.join(', ')}`,
      paths: TYPED_WORDS.flatMap(prefixes).map((q) => `${API_ROUTES.search}?q=${encodeURIComponent(q)}`),
    },
    {
      name: 'timeline',
      description: `first timeline page of the ${recent.items.length} most recently contacted departments`,
      paths: recent.items.map((d) => departmentTimelinePath(d.id)),
    },
    {
      name: 'contacts',
      description: 'contacts list page: 50 rows, sorted, filtered by relationship or words',
      paths: [
        `${API_ROUTES.contacts}?limit=50&sort=name`,
        `${API_ROUTES.contacts}?limit=50&sort=lastContactAt&order=desc&relationship=personally_known`,
        `${API_ROUTES.contacts}?limit=50&q=Schmidt&sort=department`,
        `${API_ROUTES.contacts}?limit=50&offset=500&sort=name`,
      ],
    },
  ];
}
