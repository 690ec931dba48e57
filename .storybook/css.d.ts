// Vite imports CSS files for their side effect (preview.css).
declare module '*.css';
