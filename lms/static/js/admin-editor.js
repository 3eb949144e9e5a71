// Wagtail's editor, for screen readers:
// - its rich text editor (Draftail) leaves its textbox without an accessible name (WCAG
//   4.1.2: a screen reader announces only "edit text"): each one is named by its
//   field's label, or, for a rich text block of a StreamField, by the block's heading;
// - a page or snippet in another language than the admin's is edited in fields whose
//   text is in that language (WCAG 3.1.2): its inputs, rich text, block titles and
//   the choices of translatable snippets (a competency) say so (`lang`), as do the
//   side panel's (minimap's) entries for them, while labels and help stay in the
//   admin's. Topics are edited by their names in the site's language, which their
//   field says (courses/models/pages.py).
(() => {
  const config = document.getElementById("wagtail-config");
  const contentLanguage = config
    ? JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE
    : null;
  const translatableChoosers = JSON.parse(
    document.getElementById("lms-translatable-choosers")?.textContent || "[]",
  );
  const CONTENT =
    'form[data-edit-form] input[type="text"], form[data-edit-form] textarea, ' +
    'form[data-edit-form] [role="textbox"], form[data-edit-form] .c-sf-block__title';

  // The language an element's text is marked with inside the page, if any.
  const markedLanguage = (element) => {
    const marked = element?.closest("[lang]");
    return marked && marked !== document.documentElement ? marked.lang : null;
  };

  const markContentLanguage = () => {
    if (!contentLanguage || contentLanguage === document.documentElement.lang) return;
    document.querySelectorAll(CONTENT).forEach((element) => {
      // A tag field's own input is in its tags' language (admin-controls.js).
      if (markedLanguage(element) || element.closest(".tagit")) return;
      element.setAttribute("lang", contentLanguage);
    });
    document.querySelectorAll("form[data-edit-form] [data-chooser-url]").forEach((chooser) => {
      if (!translatableChoosers.includes(chooser.dataset.chooserUrl)) return;
      const title = chooser.querySelector("[data-chooser-title]");
      if (title && !title.hasAttribute("lang")) title.setAttribute("lang", contentLanguage);
    });
  };

  // The side panel's entries repeat the headings of the form's sections and blocks:
  // an entry says the language its heading is in.
  const markMinimapEntries = () => {
    document.querySelectorAll("a.w-minimap-item[href^='#']").forEach((item) => {
      const text = item.querySelector(".w-minimap-item__text");
      const panel = document.getElementById(item.getAttribute("href").slice(1));
      const headingId = panel?.getAttribute("aria-labelledby");
      const heading = headingId && document.getElementById(headingId);
      if (!text || !heading) return;
      const language = markedLanguage(
        heading.querySelector("[data-panel-heading-text]") || heading,
      );
      if (language && language !== document.documentElement.lang) {
        text.setAttribute("lang", language);
      } else {
        text.removeAttribute("lang");
      }
    });
  };

  const labelOf = (textbox) => {
    const wrapper = textbox.closest("[data-draftail-editor-wrapper]");
    const input = wrapper?.parentElement?.querySelector("input[data-draftail-input]");
    const label =
      input?.id &&
      (document.getElementById(`${input.id}-label`) ||
        document.querySelector(`label[for="${CSS.escape(input.id)}"]`));
    if (label) {
      if (!label.id) label.id = `${input.id}-label`;
      return label.id;
    }
    const block = textbox.closest("section[aria-labelledby]");
    return block ? block.getAttribute("aria-labelledby") : null;
  };

  const nameEditors = () => {
    document
      .querySelectorAll('[data-draftail-editor-wrapper] [role="textbox"]')
      .forEach((textbox) => {
        if (textbox.hasAttribute("aria-labelledby") || textbox.hasAttribute("aria-label")) {
          return;
        }
        const name = labelOf(textbox);
        if (name) textbox.setAttribute("aria-labelledby", name);
      });
  };

  // Editors appear after the page loads, and with every rich text block added; the
  // side panel after them.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      nameEditors();
      markContentLanguage();
      markMinimapEntries();
    });
  };
  const start = () => {
    schedule();
    new MutationObserver(schedule).observe(document.body, {
      childList: true,
      subtree: true,
    });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
