import { ObjectionCategory } from '@datenlotse/contracts';

/** A shipped counter-argument: German, in words the team can say in the meeting. */
export interface ShippedArgument {
  /** Stable forever: it is how a later start recognises the argument. */
  seedKey: string;
  category: ObjectionCategory;
  title: string;
  body: string;
  examples: string | null;
  evidence: string | null;
  /** `model_dataset.name` of the Musterdatenkatalog v4 model dataset that backs it up. */
  modelDatasetName?: string;
}

/** The model dataset of the siren case (Musterdatenkatalog v4). */
export const SIREN_MODEL_DATASET = 'Sicherheit - Zivilschutz und Katastrophenschutz - Sirene';

/**
 * The argument library every municipality starts with: the answers open data teams give again and again.
 * Content, not code: the team edits, extends or archives it in the app. The seed keys never change.
 */
export const ARGUMENT_LIBRARY: readonly ShippedArgument[] = [
  {
    seedKey: 'critical-infrastructure-visible-sirens',
    category: 'critical_infrastructure',
    title: 'Sirenen stehen sichtbar auf den Dächern',
    body:
      'Sirenen sind dafür gebaut, gesehen und gehört zu werden: Sie stehen gut sichtbar auf Dächern und ' +
      'Masten, jede und jeder, der durch die Stadt geht, kann sie sehen. Ihre Standorte sind kein ' +
      'Geheimnis, und eine offene Liste macht sie nicht angreifbarer. Sie hilft aber den Menschen zu ' +
      'prüfen, ob sie im Ernstfall eine Sirene hören, und zeigt, dass die Stadt ihre Warninfrastruktur ' +
      'kennt und pflegt. Andere Städte veröffentlichen ihre Sirenenstandorte längst als offene Daten. ' +
      'Eine Veröffentlichung ist möglich; was wirklich geschützt werden muss (Ansteuerung, ' +
      'Alarmierungswege, Notstromversorgung), gehört ohnehin nicht in den Datensatz.',
    examples:
      'Feuerwehr, Sirenenstandorte: Bedenken wegen Vandalismus an kritischer Infrastruktur. Nach dem ' +
      'Hinweis, dass die Sirenen von der Straße aus zu sehen sind und Nachbarstädte ihre Standorte ' +
      'veröffentlichen, wurde der Datensatz als veröffentlichbar eingestuft.',
    evidence:
      'Musterdatenkatalog (Bertelsmann Stiftung, Daten für NRW): Sirenenstandorte offen veröffentlicht ' +
      'u. a. von Bonn, Köln und Düsseldorf.',
    modelDatasetName: SIREN_MODEL_DATASET,
  },
  {
    seedKey: 'critical-infrastructure-coarser-level',
    category: 'critical_infrastructure',
    title: 'Gröber veröffentlichen, das wirklich Sensible auslassen',
    body:
      'Nicht jeder Standort ist gleich schutzbedürftig. Statt den ganzen Datensatz zurückzuhalten, legen ' +
      'wir gemeinsam fest, was wirklich sensibel ist – etwa Umspannwerke, Leitstellen oder ' +
      'Trinkwasserbrunnen – und lassen nur diese Einträge aus. Oder der Datensatz erscheint auf einer ' +
      'gröberen Ebene: Anzahl je Stadtbezirk statt genauer Koordinaten, Straße statt Hausnummer, ' +
      'Ausstattung ohne technische Details. So bleibt der Nutzen für Planung und Öffentlichkeit, ohne ' +
      'Angriffspunkte zu liefern.',
    examples:
      'Feuerwachen mit Adresse, aber ohne Fahrzeug- und Personalstärke; Hydranten ohne Entnahmestellen ' +
      'auf Betriebsgeländen; Notfalltreffpunkte mit Standort, ohne Angaben zur Notstromversorgung.',
    evidence:
      'Als kritische Infrastruktur im Sinne der BSI-Kritisverordnung gelten Anlagen oberhalb festgelegter ' +
      'Schwellenwerte, nicht jede öffentliche Einrichtung.',
  },
  {
    seedKey: 'privacy-aggregation-districts',
    category: 'privacy',
    title: 'Auf Stadtbezirke und Zeiträume zusammenfassen',
    body:
      'Personenbezogene Daten werden nicht veröffentlicht – aber das, was die Stadt aus ihnen weiß, meist ' +
      'schon. Werden Einzelfälle zu Summen je Stadtbezirk, Stadtteil oder Monat zusammengefasst, lässt ' +
      'sich keine Person mehr erkennen, und die Daten beantworten trotzdem die Fragen von Politik, Presse ' +
      'und Bürgerschaft. Die amtliche Statistik arbeitet seit Jahrzehnten so.',
    examples:
      'Einwohnerinnen und Einwohner, Geburten oder Leistungsbeziehende je Stadtteil; Einsätze des ' +
      'Rettungsdienstes je Bezirk und Monat statt einzelner Einsatzorte.',
    evidence:
      'Erwägungsgrund 26 DSGVO: Anonyme Daten unterliegen nicht der DSGVO. Statistische Geheimhaltung ' +
      '(§ 16 BStatG) als bewährtes Vorbild für die Zusammenfassung.',
  },
  {
    seedKey: 'privacy-anonymisation',
    category: 'privacy',
    title: 'Anonymisieren und kleine Fallzahlen unterdrücken',
    body:
      'Wo Einzeldaten gebraucht werden, lassen sie sich anonymisieren: direkte Merkmale (Name, Anschrift, ' +
      'Geburtsdatum) entfernen, indirekte vergröbern (Alter in Klassen, Ort auf Bezirksebene) und prüfen, ' +
      'dass jede Kombination von Merkmalen mehrfach vorkommt (k-Anonymität, etwa k = 5). Felder mit ' +
      'kleinen Fallzahlen werden unterdrückt oder zusammengefasst. Die Regel stimmen wir einmal mit der ' +
      'oder dem Datenschutzbeauftragten ab; danach gilt sie für jede Aktualisierung.',
    examples:
      'Verkehrsunfälle mit Ort und Zeit, Beteiligte nur als Altersklasse; Tabellenfelder mit weniger als ' +
      'drei Fällen erscheinen als „< 3“.',
    evidence:
      'Erwägungsgrund 26 DSGVO; BfDI: Positionspapier zur Anonymisierung unter der DSGVO (2020); ' +
      'Beratung durch die behördliche Datenschutzbeauftragte (Art. 39 DSGVO).',
  },
  {
    seedKey: 'third-party-rights-own-data',
    category: 'third_party_rights',
    title: 'Rechte klären, veröffentlichen, was der Stadt gehört',
    body:
      'Bevor ein Datensatz wegen Rechten Dritter zurückgehalten wird, lohnt ein genauer Blick: Welche ' +
      'Teile hat die Stadt selbst erhoben oder erstellt? Die kann sie unter einer offenen Lizenz ' +
      'veröffentlichen. Für zugekaufte oder gelieferte Teile stehen die Nutzungsrechte im Vertrag oder in ' +
      'der Lizenz; oft erlauben sie die Weitergabe schon, sonst fragen wir die Rechteinhaber – viele ' +
      'stimmen zu. Was übrig bleibt, wird ausgelassen oder als Verweis auf die Quelle aufgenommen. Bei ' +
      'neuen Verträgen gehört eine Open-Data-Klausel von Anfang an dazu.',
    examples:
      'Fachdaten der Stadt offen, die Hintergrundkarte als Verweis auf den offenen Kartendienst des ' +
      'Landes; eine Open-Data-Klausel in der nächsten Ausschreibung des Fachverfahrens.',
    evidence:
      'Datenlizenz Deutschland – Namensnennung 2.0 und Zero 2.0; Geobasisdaten NRW sind seit 2017 offen ' +
      '(Datenlizenz Deutschland – Zero 2.0).',
  },
  {
    seedKey: 'data-quality-publish-as-is',
    category: 'data_quality',
    title: 'So veröffentlichen, wie sie sind – mit einem Hinweis',
    body:
      'Perfekte Daten gibt es nirgends. Besser unvollständige Daten mit einem ehrlichen Hinweis zur ' +
      'Qualität („Stand: …“, „vor 2015 lückenhaft erfasst“, „Koordinaten teils geschätzt“) als gar ' +
      'keine. Wer die Daten nutzt, meldet Fehler zurück: So werden sie mit jeder Veröffentlichung ' +
      'besser, und davon profitiert die Fachabteilung selbst. Der Hinweis steht in der Beschreibung des ' +
      'Datensatzes; das Portal übernimmt keine Gewähr für die Richtigkeit.',
    examples:
      'Baumkataster oder Spielplatzverzeichnis mit dem Hinweis auf noch nicht erfasste Bereiche; ' +
      'Hinweise von Nutzenden fließen in die nächste Lieferung ein.',
    evidence:
      'Internationale Open Data Charta (2015): Daten zeitnah und umfassend veröffentlichen, möglichst in ' +
      'ihrer ursprünglichen, unveränderten Form.',
  },
  {
    seedKey: 'workload-automated-export',
    category: 'workload',
    title: 'Einmal einrichten, dann automatisch exportieren',
    body:
      'Der Aufwand entsteht einmal, nicht bei jeder Aktualisierung: Die meisten Fachverfahren können ' +
      'Listen oder Berichte exportieren. Wir richten den Export gemeinsam mit der IT einmal ein – als ' +
      'geplanten Export, Datenbankabfrage oder Schnittstelle –, danach läuft die Aktualisierung ohne ' +
      'Zutun der Fachabteilung. Aufbereitung, Metadaten und Veröffentlichung übernimmt das ' +
      'Open-Data-Team. Oft sinkt der Aufwand sogar: Wiederkehrende Anfragen von Presse, Politik und ' +
      'Bürgerschaft lassen sich mit einem Link auf das Portal beantworten.',
    examples:
      'Wöchentlicher CSV-Export aus dem Fachverfahren in einen Austauschordner, aus dem das Portal die ' +
      'Datei abholt.',
    evidence: null,
  },
  {
    seedKey: 'misuse-already-public',
    category: 'misuse',
    title: 'Missbrauch hängt nicht an Open Data',
    body:
      'Vieles davon ist heute schon öffentlich – auf der Website, im Ratsinformationssystem, im ' +
      'Stadtplan oder vor Ort zu sehen. Wer es missbrauchen will, kommt auch ohne Portal daran; ' +
      'missbrauchen lässt sich alles, mit oder ohne offene Daten. Die offene Veröffentlichung nützt ' +
      'dagegen allen, die redlich damit arbeiten, und die amtliche Quelle ist aktueller und verlässlicher ' +
      'als abgeschriebene Listen. Die Lizenz regelt den Quellenvermerk, die Nutzungsbedingungen des ' +
      'Portals schließen die Gewähr aus; ein rechtswidriger Gebrauch bleibt rechtswidrig, woher die ' +
      'Daten auch stammen.',
    examples:
      'Standorte von Defibrillatoren, Parkscheinautomaten oder Glascontainern: längst in Online-Karten ' +
      'verzeichnet, dort aber oft veraltet.',
    evidence: 'Datenlizenz Deutschland 2.0 (Quellenvermerk); Nutzungsbedingungen des Open-Data-Portals.',
  },
  {
    seedKey: 'legal-basis-open-data-law',
    category: 'legal_basis',
    title: 'Die Veröffentlichung ist gewollt und erlaubt',
    body:
      'Offene Daten sind kein Sonderweg, sondern erklärter Wille des Gesetzgebers: Das Open-Data-Gesetz ' +
      'des Bundes (§ 12a EGovG) verpflichtet die Bundesbehörden, ihre Rohdaten offen bereitzustellen, ' +
      'die EU-Open-Data-Richtlinie und das Datennutzungsgesetz regeln die freie Weiterverwendung, und das ' +
      'Informationsfreiheitsgesetz NRW gibt jeder Person ohnehin einen Anspruch auf Zugang zu amtlichen ' +
      'Informationen. Was wir proaktiv veröffentlichen, erspart Einzelanfragen. Wo ein Gesetz die ' +
      'Veröffentlichung wirklich verbietet, nennt die Fachabteilung die Vorschrift – dann lassen wir ' +
      'genau diesen Teil weg.',
    examples: null,
    evidence:
      '§ 12a EGovG (Open-Data-Gesetz, 2017); § 4 IFG NRW; Datennutzungsgesetz (DNG, 2021); ' +
      'Richtlinie (EU) 2019/1024.',
  },
  {
    seedKey: 'commercial-local-economy',
    category: 'commercial',
    title: 'Offene Daten stärken die lokale Wirtschaft',
    body:
      'Dass Unternehmen mit städtischen Daten Geld verdienen, ist gewollt: Start-ups, Handwerk, ' +
      'Planungsbüros und Medien bauen daraus Dienste, die der Stadt nichts kosten – Apps, Karten, ' +
      'Analysen. Die Daten wurden mit öffentlichem Geld erhoben; offen und kostenlos bereitgestellt, ' +
      'gehen sie an die Allgemeinheit zurück, zu gleichen Bedingungen für alle statt über ' +
      'Einzelvereinbarungen. Entgelte für Daten bringen einer Kommune meist weniger ein, als ihre ' +
      'Abrechnung kostet.',
    examples:
      'Baustellen- und Verkehrsdaten in Navigations-Apps; Gewerbeflächen und Leerstände für die ' +
      'Standortsuche.',
    evidence:
      'Richtlinie (EU) 2019/1024, Art. 6: Weiterverwendung grundsätzlich unentgeltlich; European Data ' +
      'Portal: The Economic Impact of Open Data (2020).',
  },
  {
    seedKey: 'technical-any-format',
    category: 'technical',
    title: 'Jedes Format ist ein guter Anfang: ein CSV-Export',
    body:
      'Es braucht keine neue Schnittstelle und kein neues System. Für den Anfang genügt, was das ' +
      'Fachverfahren ohnehin kann: ein CSV- oder Excel-Export, eine Liste aus der Datenbank, zur Not eine ' +
      'Tabelle. Das Open-Data-Team wandelt die Datei um, ergänzt die Metadaten und stellt sie ins Portal. ' +
      'Automatisierung und Schnittstellen kommen später, wenn sich der Datensatz bewährt hat.',
    examples: 'Erste Lieferung als Excel-Datei per E-Mail, ab der zweiten ein geplanter CSV-Export.',
    evidence:
      '5-Sterne-Modell für offene Daten (Tim Berners-Lee): Schon ein Stern – offen lizenziert, in ' +
      'beliebigem Format – ist Open Data; CSV erreicht drei Sterne.',
  },
  {
    seedKey: 'political-transparency',
    category: 'political',
    title: 'Eigene Zahlen mit Erläuterung versachlichen die Debatte',
    body:
      'Die Sorge, Daten könnten politisch gegen die Verwaltung verwendet werden, ist verständlich. Doch ' +
      'Zahlen, die die Stadt selbst veröffentlicht – mit Erläuterung und Kontext –, sind die Grundlage ' +
      'einer sachlichen Debatte; fehlen sie, wird mit Schätzungen und Einzelfällen argumentiert. Den ' +
      'Zeitpunkt stimmen wir mit der Verwaltungsspitze ab, damit die Veröffentlichung nicht mitten in ' +
      'laufende Beratungen fällt. Wo der Rat Open Data beschlossen hat, ist die Veröffentlichung ' +
      'ausdrücklicher Auftrag.',
    examples:
      'Haushaltsdaten mit Erläuterungen der Kämmerei; Anfragen aus dem Rat mit einem Link auf den ' +
      'Datensatz beantwortet.',
    evidence: 'Open Government Partnership: Nationale Aktionspläne der Bundesregierung seit 2017.',
  },
];
