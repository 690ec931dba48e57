// Demo page script: registers the elements and switches the page language (the charts follow <html lang>).
import '../src/index.js';

const toggle = document.querySelector<HTMLButtonElement>('#lang-toggle');
toggle?.addEventListener('click', () => {
  const english = document.documentElement.lang !== 'en';
  document.documentElement.lang = english ? 'en' : 'vi';
  toggle.textContent = english ? 'Tiếng Việt' : 'English';
  toggle.lang = english ? 'vi' : 'en';
  toggle.setAttribute('aria-pressed', String(english));
});
