// The clinic's extensions for django-prose-editor (publishing/richtext.py).
//
// An ES module without a build step: django-prose-editor's "configurable"
// preset imports it (DJANGO_PROSE_EDITOR_EXTENSIONS in portal/settings.py)
// and uses its exports in place of the built-ins of the same names.
//
// - Link: the link dialog also offers our own articles and conditions by
//   title; choosing one puts its path (/articles/<slug>/) in the URL field.
//   In a text in another language (the field's lang, e.g. a Spanish
//   translation) it offers that language's pages (/es/articles/<slug>/).
// - Table: the "Insert table" dialog starts with a header row, so tables
//   have column headings that screen readers announce.
// - SpellCheck: the browser's spell-checker underlines misspelt words.

import {
  Extension,
  Link as BuiltinLink,
  Table as BuiltinTable,
  gettext,
  updateAttrsDialog,
} from "django-prose-editor/editor"

// The pages for the chooser, fetched once per page load and language (on the first link).
const pagesRequests = new Map()

// The language of the text being edited: its field's own lang attribute (a
// translation's fields have one), else none (the site's default language).
function textLanguage(editor) {
  const field = editor.view.dom.closest(".prose-editor")?.querySelector("textarea")
  return field?.getAttribute("lang") || ""
}

function pagesUrlFor(url, language) {
  if (!url || !language) return url
  return `${url}${url.includes("?") ? "&" : "?"}language=${encodeURIComponent(language)}`
}

function loadPages(url) {
  if (!url) return Promise.resolve([])
  if (!pagesRequests.has(url)) {
    const pagesRequest = fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`)
        return response.json()
      })
      .then((data) => data.pages || [])
      .catch((error) => {
        // Still let staff type a URL; try again on the next link.
        console.error("Could not load our pages for the link chooser:", error)
        pagesRequests.delete(url)
        return []
      })
    pagesRequests.set(url, pagesRequest)
  }
  return pagesRequests.get(url)
}

// When a page is chosen its path goes into the URL field; typing another
// URL clears the choice, so the dialog never shows two different targets.
function connectChooser(editor, pagesByLabel) {
  const form = editor.view.dom.parentElement?.querySelector("dialog[open] form")
  const select = form?.elements.namedItem("page")
  const href = form?.elements.namedItem("href")
  if (!select || !href) return
  select.addEventListener("change", () => {
    const page = pagesByLabel.get(select.value)
    if (page) href.value = page.path
  })
  href.addEventListener("input", () => {
    const page = pagesByLabel.get(select.value)
    if (page && page.path !== href.value.trim()) select.selectedIndex = 0
  })
}

async function editLink(editor, markName, options) {
  const pages = await loadPages(pagesUrlFor(options.pagesUrl, textLanguage(editor)))
  const pagesByLabel = new Map(pages.map((page) => [page.label, page]))
  const attrs = editor.getAttributes(markName)
  const initialHref = attrs.href || ""
  const current = pages.find((page) => page.path === initialHref)
  const noPage = gettext("None: use the URL below")

  const fields = {}
  if (pages.length) {
    fields.page = {
      title: gettext("One of our pages"),
      enum: [noPage, ...pages.map((page) => page.label)],
    }
  }
  fields.href = { type: "string", title: gettext("URL") }
  fields.title = { type: "string", title: gettext("Title") }
  if (options.enableTarget) {
    fields.openInNewWindow = { type: "boolean", title: gettext("Open in new window") }
  }

  const dialog = updateAttrsDialog(fields, { title: gettext("Edit Link") })(editor, {
    page: current ? current.label : noPage,
    href: initialHref,
    title: attrs.title || "",
    openInNewWindow: attrs.target === "_blank",
  })
  // The dialog is in the document as soon as updateAttrsDialog returns.
  connectChooser(editor, pagesByLabel)
  const values = await dialog
  if (!values) return

  let href = (values.href || "").trim()
  const chosen = pagesByLabel.get(values.page)
  // Without the change listener (or before it ran) the chosen page still wins
  // over an untouched URL field.
  if (chosen && (!href || href === initialHref)) href = chosen.path
  const chain = editor.chain().focus()
  if (!href) {
    // An empty address removes the link rather than leaving <a href="">.
    if (editor.isActive(markName)) chain.extendMarkRange(markName).unsetLink().run()
    return
  }
  const newTab = Boolean(options.enableTarget && values.openInNewWindow)
  const linkAttrs = {
    href,
    title: (values.title || "").trim() || null,
    target: newTab ? "_blank" : null,
    rel: newTab ? "noopener" : null,
  }
  if (editor.isActive(markName)) {
    chain.extendMarkRange(markName).updateAttributes(markName, linkAttrs).run()
  } else {
    chain.setMark(markName, linkAttrs).run()
  }
}

export const Link = BuiltinLink.extend({
  addOptions() {
    return { ...this.parent?.(), pagesUrl: null }
  },

  addCommands() {
    return {
      ...this.parent?.(),
      addLink:
        () =>
        ({ editor }) => {
          if (editor.state.selection.empty && !editor.isActive(this.name)) return false
          editLink(editor, this.name, this.options)
          return true
        },
    }
  },
})

const tableDialog = updateAttrsDialog(
  {
    rows: {
      type: "number",
      title: gettext("Rows"),
      format: "number",
      default: "3",
      min: "1",
      max: "100",
    },
    cols: {
      type: "number",
      title: gettext("Columns"),
      format: "number",
      default: "3",
      min: "1",
      max: "100",
    },
    // The built-in dialog's values, "Yes" first: a header row by default.
    withHeaderRow: { title: gettext("Include header row"), enum: ["Yes", "No"], default: "Yes" },
  },
  { title: gettext("Table Properties"), submitText: gettext("Insert Table") },
)

export const Table = BuiltinTable.extend({
  addCommands() {
    return {
      ...this.parent?.(),
      insertTableWithOptions:
        () =>
        ({ editor }) => {
          tableDialog(editor, { rows: "3", cols: "3", withHeaderRow: "Yes" }).then((values) => {
            if (!values) return
            editor
              .chain()
              .focus()
              .insertTable({
                rows: Number.parseInt(values.rows, 10) || 3,
                cols: Number.parseInt(values.cols, 10) || 3,
                withHeaderRow: values.withHeaderRow !== "No",
              })
              .run()
          })
          return true
        },
    }
  },
})

export const SpellCheck = Extension.create({
  name: "spellCheck",

  onCreate() {
    this.editor.view.dom.setAttribute("spellcheck", "true")
    // Checked in the text's language (a Spanish translation in Spanish).
    const language = textLanguage(this.editor)
    if (language) this.editor.view.dom.setAttribute("lang", language)
  },
})
