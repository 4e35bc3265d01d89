import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './grid/setup';
import './styles.css';
import { App } from './App';
import { keepDatePickerEnterInPicker } from './components/forms/datePickerEnter';

keepDatePickerEnterInPicker(document);
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
