// Wagtail's own controls, mended for screen readers and keyboards:
// - the multiple upload (images, documents) lays its file input, invisible, over a
//   button that says what to do, and gives the input no name (WCAG 4.1.2: a screen
//   reader announces a nameless "file upload"). The input takes the button's words;
//   the button, which only shows where to click, leaves the tab order, so that a
//   keyboard reaches one control, not two;
// - the new user form ends its first tab with a "Roles" button that is marked as a
//   tab outside any tab list (WCAG 1.3.1): it becomes a plain link that opens the
//   Roles tab, as the tab itself does;
// - a tag field (jQuery tag-it) hides its labelled input and types into one of its
//   own, which has no name (WCAG 1.3.1, 4.1.2): that one takes the field's label, and
//   the tags are marked with the language the field says they are in;
// - a chosen page's title says its language (lms/widgets.py) until another page is
//   chosen, whose language is not known here: the mark then goes;
// - the collapsed side panel (minimap) scrolls a list whose links have left the tab
//   order (WCAG 2.1.1): the list itself takes the focus, to be scrolled by keys,
//   until the panel opens and its links are reachable again.
(() => {
  const nameFileInputs = () => {
    document.querySelectorAll(".replace-file-input").forEach((wrapper) => {
      const input = wrapper.querySelector('input[type="file"]');
      const button = wrapper.querySelector("button");
      if (!input || !button || input.labels?.length || input.hasAttribute("aria-label")) {
        return;
      }
      input.setAttribute("aria-label", button.textContent.trim());
      button.tabIndex = -1;
      button.setAttribute("aria-hidden", "true");
    });
  };

  const unmarkStrayTabs = () => {
    document.querySelectorAll('[role="tab"]').forEach((stray) => {
      if (stray.closest('[role="tablist"]')) return;
      const href = stray.getAttribute("href");
      const quoted = href && href.replace(/["\\]/g, "\\$&");
      const tab =
        quoted && document.querySelector(`[role="tablist"] [role="tab"][href="${quoted}"]`);
      if (!tab) return;
      const link = stray.cloneNode(true);
      ["role", "data-action", "data-w-tabs-target", "aria-selected", "tabindex"].forEach(
        (name) => link.removeAttribute(name),
      );
      link.addEventListener("click", (event) => {
        event.preventDefault();
        tab.click();
        tab.focus();
      });
      stray.replaceWith(link);
    });
  };

  const labelOf = (input) => {
    const label =
      input?.id &&
      (document.getElementById(`${input.id}-label`) ||
        document.querySelector(`label[for="${CSS.escape(input.id)}"]`));
    if (label && !label.id) label.id = `${input.id}-label`;
    return label ? label.id : null;
  };

  const mendTagFields = () => {
    document.querySelectorAll("ul.tagit").forEach((tags) => {
      const field = tags.previousElementSibling;
      if (!field || field.tagName !== "INPUT") return;
      if (field.lang && !tags.hasAttribute("lang")) tags.setAttribute("lang", field.lang);
      const typed = tags.querySelector("input");
      const label = labelOf(field);
      if (typed && label && !typed.hasAttribute("aria-labelledby")) {
        typed.setAttribute("aria-labelledby", label);
      }
    });
  };

  const unmarkRechosenPages = () => {
    document.querySelectorAll("[data-chooser-title][data-marked-title]").forEach((title) => {
      if (title.textContent.trim() !== title.dataset.markedTitle.trim()) {
        title.removeAttribute("lang");
        title.removeAttribute("data-marked-title");
      }
    });
  };

  const letCollapsedMinimapScroll = () => {
    document.querySelectorAll("ol.w-minimap__list").forEach((list) => {
      const reachable = list.querySelector("a:not([tabindex='-1'])");
      if (reachable) {
        list.removeAttribute("tabindex");
      } else if (!list.hasAttribute("tabindex")) {
        list.tabIndex = 0;
      }
    });
  };

  const mend = () => {
    nameFileInputs();
    unmarkStrayTabs();
    mendTagFields();
    unmarkRechosenPages();
    letCollapsedMinimapScroll();
  };

  // Tag fields, choices and the side panel appear (and change) after the page loads.
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(() => {
      scheduled = false;
      mend();
    });
  };
  const start = () => {
    mend();
    new MutationObserver(schedule).observe(document.body, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ["tabindex"],
    });
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
