// The React page of the demo (react.html): the elements through the `ict-charts/react` wrappers, data passed
// as objects, events as props. Built by `npm start` (vite build --mode react-demo) into dist/react-demo/.
import { createElement as h, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { IctCoverage, IctSubscriberDensity } from '../src/react/index.js';

async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  return response.json();
}

function App({ haTinh, dienBien }: { haTinh: unknown; dienBien: unknown }): ReactElement {
  const [selected, setSelected] = useState('Chưa chọn giá trị nào.');
  return h(
    'div',
    null,
    h(IctSubscriberDensity, {
      data: haTinh,
      headingLevel: 2,
      onIctSelect: (event) => {
        const { place, period, value } = event.detail;
        setSelected(`Đã chọn: ${place?.code ?? '?'}, ${period?.year ?? '?'}, ${value ?? 'không có số liệu'}`);
      },
    }),
    h('p', { role: 'status', className: 'selection' }, selected),
    h(IctCoverage, {
      data: dienBien,
      headingLevel: 2,
      indicators:
        'mobile_coverage_villages_share fibre_coverage_commune_centres_share fibre_coverage_villages_share',
      label: 'Hạ tầng viễn thông Điện Biên, năm 2022',
    }),
  );
}

const [haTinh, dienBien] = await Promise.all([
  loadJson('./data/ha-tinh-2020.json'),
  loadJson('./data/dien-bien-2022.json'),
]);
const root = document.getElementById('app');
if (root !== null) createRoot(root).render(h(App, { haTinh, dienBien }));
