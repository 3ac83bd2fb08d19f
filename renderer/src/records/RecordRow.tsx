import { memo, type JSX } from 'react';
import type { StationRecord } from '../../../preload/contract';
import { Icon } from '../components/Icon';
import { useI18n } from '../i18n/I18nProvider';
import { engineText } from '../i18n/engine-text';

interface Props {
  index: number;
  record: StationRecord | undefined;
  top: number;
  active: boolean;
  selected: boolean;
  onClick: (index: number, record: StationRecord | undefined) => void;
}

export function rowDomId(index: number): string {
  return `rec-row-${index}`;
}

/** One row of the records table; a placeholder shimmer until its page arrives. */
export const RecordRow = memo(function RecordRow({ index, record, top, active, selected, onClick }: Props): JSX.Element {
  const { n, t, locale } = useI18n();
  const issues = record?.issues.length ?? 0;
  const classes = ['trow'];
  if (active) classes.push('active');
  if (selected) classes.push('selected');
  if (issues > 0) classes.push('has-issues');
  if (!record) classes.push('loading');
  return (
    <div
      id={rowDomId(index)}
      className={classes.join(' ')}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="record-row"
      data-record-id={record?.record_id}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onClick(index, record)}
    >
      <span role="gridcell" className="c-seq num muted">{n(index + 1)}</span>
      {record ? (
        <>
          <Cell className="c-id mono" value={record.record_id} />
          <Cell className="c-plate mono strong" value={record.plate} />
          <Cell className="c-chassis mono" value={record.chassis} />
          <Cell className="c-engine mono" value={record.engine} />
          <Cell className="c-owner" value={record.owner_name} />
          <Cell className="c-ownerid mono" value={record.owner_id} />
          <Cell className="c-brand" value={[record.brand, record.model].filter(Boolean).join(' · ') || null} />
          <span role="gridcell" className="c-issues">
            {issues > 0 ? (
              <span
                className="issue-mark"
                title={record.issues.map((i) => `${t(`field.${i.field}`)}: ${engineText(i.text ?? i.message, locale)}`).join('\n')}
                aria-label={t('table.issueCount', { n: issues })}
              >
                <Icon name="warning" size={14} />
                {issues}
              </span>
            ) : null}
          </span>
        </>
      ) : (
        <span role="gridcell" className="c-skeleton">
          <span className="skeleton" />
        </span>
      )}
    </div>
  );
});

function Cell({ className, value }: { className: string; value: string | null }): JSX.Element {
  return (
    <span role="gridcell" className={`${className} ellipsis`} title={value ?? undefined}>
      {value ?? <span className="nil">—</span>}
    </span>
  );
}
