import { startClient } from './client/start';
import './styles/index.css';

void startClient({ root: document.getElementById('root')! });
