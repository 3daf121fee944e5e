import { useId, useMemo } from 'react';
import { mapColumns } from '../../../../shared/import/read';
import type {
  ColumnMapping,
  CsvDelimiter,
  CsvTable,
  MappedField,
  TextEncoding,
} from '../../../../shared/import/types';
import { SelectField } from '../../ui/Field';
import { CandidateTable } from './CandidateTable';

export const FIELD_LABELS: Record<MappedField, string> = {
  ignore: 'Ignore',
  name: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  company: 'Company',
  title: 'Title',
  email: 'Email',
  phone: 'Phone',
  relationship: 'Relationship',
  tags: 'Tags',
  howWeMet: 'How we met',
  birthday: 'Birthday',
  notes: 'Notes',
};
const FIELD_OPTIONS = Object.entries(FIELD_LABELS).map(([value, label]) => ({ value, label }));

const DELIMITERS: { value: CsvDelimiter; label: string }[] = [
  { value: ',', label: 'Comma ( , )' },
  { value: ';', label: 'Semicolon ( ; )' },
  { value: '\t', label: 'Tab' },
  { value: '|', label: 'Vertical bar ( | )' },
];
const ENCODINGS: { value: TextEncoding; label: string }[] = [
  { value: 'utf-8', label: 'UTF-8 (most files)' },
  { value: 'utf-16le', label: 'UTF-16 (little-endian)' },
  { value: 'utf-16be', label: 'UTF-16 (big-endian)' },
  { value: 'windows-1252', label: 'Windows Western (1252)' },
];

const PREVIEW_ROWS = 5;
const NAMING: readonly MappedField[] = ['name', 'firstName', 'lastName', 'company'];

/** Whether some column gives each row a name (a company alone makes a partner). */
export function mappingNamesRows(mapping: ColumnMapping): boolean {
  return mapping.some((field) => NAMING.includes(field));
}

interface MappingStepProps {
  fileName: string;
  table: CsvTable;
  mapping: ColumnMapping;
  onMappingChange: (mapping: ColumnMapping) => void;
  onReread: (options: { delimiter: CsvDelimiter; encoding: TextEncoding }) => void;
  problem?: string;
}

/**
 * A CSV whose header is not one we know: the owner says what each column holds, seeing the
 * first rows come out as contacts while choosing. Delimiter and encoding were guessed and
 * can be changed; the file is then read again.
 */
export function MappingStep(props: MappingStepProps) {
  const { fileName, table, mapping, onMappingChange, onReread, problem } = props;
  const id = useId();
  const preview = useMemo(
    () => mapColumns({ ...table, rows: table.rows.slice(0, PREVIEW_ROWS) }, mapping),
    [table, mapping],
  );
  const example = (column: number) =>
    table.rows.find((row) => row.cells[column]?.trim())?.cells[column]?.trim() ?? '';

  return (
    <div className="import__step">
      <p>
        The columns of “{fileName}” are not ones Handshake knows. Say what each column holds; the
        preview below shows the first people as they will be imported.
      </p>
      <div className="import__settings">
        <SelectField
          label="Delimiter"
          options={DELIMITERS}
          value={table.delimiter}
          onChange={(event) =>
            onReread({ delimiter: event.target.value as CsvDelimiter, encoding: table.encoding })
          }
        />
        <SelectField
          label="Encoding"
          options={ENCODINGS}
          value={table.encoding}
          onChange={(event) =>
            onReread({ delimiter: table.delimiter, encoding: event.target.value as TextEncoding })
          }
        />
      </div>
      <table className="import-table import-table--mapping">
        <caption className="import__caption">Columns</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Example</th>
            <th scope="col">Becomes</th>
          </tr>
        </thead>
        <tbody>
          {table.header.map((header, column) => (
            <tr key={column}>
              <th scope="row" id={`${id}-column-${column}`}>
                {header.trim() || `Column ${column + 1}`}
              </th>
              <td className="import-table__example">{example(column)}</td>
              <td>
                <select
                  className="input select"
                  aria-labelledby={`${id}-column-${column}`}
                  value={mapping[column] ?? 'ignore'}
                  onChange={(event) => {
                    const next = [...mapping];
                    next[column] = event.target.value as MappedField;
                    onMappingChange(next);
                  }}
                >
                  {FIELD_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problem && (
        <p className="import__problem" role="alert">
          {problem}
        </p>
      )}
      <CandidateTable
        caption={`Preview of the first ${PREVIEW_ROWS} rows`}
        candidates={preview.candidates}
        problems={preview.problems}
      />
    </div>
  );
}
