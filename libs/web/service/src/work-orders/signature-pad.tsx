import { Alert, Button, Flex, Typography } from 'antd';
import { useId, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { base64Of, readAsDataUrl, SIGNATURE_MAX_BYTES } from './visit-model';

const WIDTH = 480;
const HEIGHT = 160;

/**
 * The customer's signature: drawn with a finger, pen or mouse on a canvas, or — the keyboard's and
 * a screen reader's way, and for a signature on paper photographed — a PNG image chosen from the
 * device. Either becomes the PNG's base64 (`onChange`); the API checks it is a PNG by its bytes.
 */
export function SignaturePad({ onChange }: { onChange: (png: string | null) => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [drawn, setDrawn] = useState(false);
  const [fileName, setFileName] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const hintId = useId();
  const fileId = useId();

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    // The canvas is drawn at its own resolution whatever size the page gives it.
    return { x: ((e.clientX - box.left) * WIDTH) / (box.width || WIDTH), y: ((e.clientY - box.top) * HEIGHT) / (box.height || HEIGHT) };
  };
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    const { x, y } = point(e);
    ctx.lineWidth = 2;
    ctx.lineCap = 'round';
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.moveTo(x, y);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext('2d');
    if (!drawing.current || !ctx) return;
    const { x, y } = point(e);
    ctx.lineTo(x, y);
    ctx.stroke();
  };
  const up = () => {
    if (!drawing.current || !canvas.current) return;
    drawing.current = false;
    setDrawn(true);
    setFileName(undefined);
    onChange(base64Of(canvas.current.toDataURL('image/png')));
  };
  const clear = () => {
    if (drawn) canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    setDrawn(false);
    setFileName(undefined);
    setProblem(undefined);
    onChange(null);
  };
  const pick = async (file: File | undefined) => {
    setProblem(undefined);
    if (!file) return;
    if (file.type && file.type !== 'image/png') return setProblem(t('service.visits.report.signatureNotPng'));
    if (file.size > SIGNATURE_MAX_BYTES) return setProblem(t('service.visits.report.signatureTooBig'));
    // The image replaces a drawing (only one signature is sent).
    if (drawn) canvas.current?.getContext('2d')?.clearRect(0, 0, WIDTH, HEIGHT);
    setDrawn(false);
    setFileName(file.name);
    onChange(base64Of(await readAsDataUrl(file)));
  };

  return (
    <Flex vertical gap={8}>
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={t('service.visits.report.signatureCanvas')}
        aria-describedby={hintId}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
        style={{ width: '100%', maxWidth: WIDTH, aspectRatio: `${WIDTH} / ${HEIGHT}`, border: '1px dashed #8c8c8c', borderRadius: 6, touchAction: 'none', background: '#fff' }}
        data-testid="visit-signature-canvas"
      />
      <Typography.Text type="secondary" id={hintId} style={{ fontSize: 12 }}>
        {t('service.visits.report.signatureHint')}
      </Typography.Text>
      <Flex gap={8} align="center" wrap>
        <label htmlFor={fileId}>{t('service.visits.report.signatureUpload')}</label>
        <input id={fileId} type="file" accept="image/png" onChange={(e) => void pick(e.target.files?.[0])} data-testid="visit-signature-file" />
        <Button size="small" onClick={clear} disabled={!drawn && !fileName} data-testid="visit-signature-clear">
          {t('service.visits.report.signatureClear')}
        </Button>
      </Flex>
      <div aria-live="polite">
        {drawn ? <Typography.Text type="success">{t('service.visits.report.signatureDrawn')}</Typography.Text> : null}
        {fileName ? <Typography.Text type="success">{t('service.visits.report.signatureFile', { name: fileName })}</Typography.Text> : null}
      </div>
      {problem ? <Alert type="error" showIcon title={problem} data-testid="visit-signature-problem" /> : null}
    </Flex>
  );
}
