import { Alert, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** What the browser's Shape Detection API offers (Chromium has it; Firefox and Safari mostly not). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type BarcodeDetectorClass = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** Whether this browser can read a QR code from the camera: a detector and a camera API. */
export function canScanQr(): boolean {
  return !!detectorClass() && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

const SCAN_EVERY_MS = 250;

/**
 * The camera, looking for a QR code: the back camera where there is one; the first code read is
 * handed to `onCode` and the camera stops. Closing the dialog stops it too. A refused or missing
 * camera says so (the search works without it).
 */
export function QrScanModal({ open, onClose, onCode }: { open: boolean; onClose: () => void; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The latest handler, without restarting the camera each time the page renders a new one.
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    if (!open) return undefined;
    const Detector = detectorClass();
    if (!Detector || !navigator.mediaDevices?.getUserMedia) {
      setProblem(t('events.scan.unsupported'));
      return undefined;
    }
    setProblem(null);
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    // Once: after a code is read, and again when the dialog closes.
    const stop = () => {
      if (!live) return;
      live = false;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      const v = video.current;
      if (!live) return;
      try {
        // The dialog's content may mount after the camera starts: the stream goes on the video once it is there.
        if (v && stream && v.srcObject !== stream) {
          v.srcObject = stream;
          void v.play().catch(() => undefined);
        }
        if (v && v.readyState >= 2) {
          const found = (await detector.detect(v)).find((c) => c.rawValue);
          if (found && live) {
            stop();
            handler.current(found.rawValue);
            return;
          }
        }
      } catch {
        // A frame the detector could not read: try the next.
      }
      if (live) timer = setTimeout(() => void look(), SCAN_EVERY_MS);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        // Closed while the camera was starting: let it go at once.
        if (!live) return s.getTracks().forEach((track) => track.stop());
        stream = s;
        void look();
      })
      .catch(() => {
        if (live) setProblem(t('events.scan.noCamera'));
      });
    return stop;
  }, [open, t]);

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('events.scan.title')} destroyOnHidden width={480}>
      {problem ? (
        <Alert type="warning" showIcon title={problem} data-testid="scan-problem" />
      ) : (
        <>
          <video ref={video} muted playsInline aria-label={t('events.scan.preview')} style={{ width: '100%', borderRadius: 8, background: '#000' }} data-testid="scan-video" />
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {t('events.scan.hint')}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
