import type { Preview } from '@/lib/sources/read-preview';
import { PreviewProblem } from './preview-problem';
import { PreviewTable } from './preview-table';

/** A read preview as the person sees it: the records, or what went wrong and what to do. */
export function PreviewResult({ preview, modelLabel, hrefFor }: { preview: Preview; modelLabel: string; hrefFor: (offset: number) => string }) {
  const { result, credential } = preview;
  if (!result.ok) {
    return <PreviewProblem error={result.error} message={result.message} credential={credential} modelLabel={modelLabel} retryHref={hrefFor(preview.offset)} />;
  }
  return (
    <PreviewTable
      modelLabel={modelLabel}
      columns={preview.columns}
      records={result.records}
      offset={preview.offset}
      pageSize={preview.pageSize}
      mayHaveMore={preview.mayHaveMore}
      hrefFor={hrefFor}
    />
  );
}
