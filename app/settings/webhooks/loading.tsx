import { Spinner } from '@/components/ui/spinner';

export default function LoadingWebhooks() {
  return (
    <div className="page" aria-busy="true">
      <p className="muted" role="status">
        <Spinner /> Loading webhooks...
      </p>
    </div>
  );
}
