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
// - Picture: a "Picture" button puts a picture of the clinic's image library
//   in the text: choose the image, give alt text for this use (prefilled from
//   the image's own in the text's language) or tick "Decorative", add a
//   caption. Stored as a reference only (publishing/richtext.py):
//   <figure data-image="12" data-alt="..."><figcaption>...</figcaption></figure>
//   The editor shows the image's thumbnail; pages render the picture itself.

import {
  Extension,
  Link as BuiltinLink,
  Node,
  Table as BuiltinTable,
  canInsertNode,
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

// Picture -----------------------------------------------------------------

// The library's images for the chooser, fetched once per page load.
const picturesRequests = new Map()

function loadPictures(url) {
  if (!url) return Promise.resolve([])
  if (!picturesRequests.has(url)) {
    const request = fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    })
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status}`)
        return response.json()
      })
      .then((data) => data.images || [])
      .catch((error) => {
        console.error("Could not load the image library for the Picture button:", error)
        picturesRequests.delete(url)
        return []
      })
    picturesRequests.set(url, request)
  }
  return picturesRequests.get(url)
}

function pictureLabel(image) {
  return `${image.title} (#${image.id})`
}

// The image's own alt text in the text's language, else English.
function defaultAlt(image, language) {
  const texts = image?.alt_texts || {}
  return (language && texts[language]) || texts.en || ""
}

// Inside the open dialog: a preview of the chosen image; its default alt text
// filled in when the alt field is empty or still holds the previous default;
// alt text required unless "Decorative" is ticked.
function connectPictureDialog(editor, imagesByLabel, language) {
  const form = editor.view.dom.parentElement?.querySelector("dialog[open] form")
  const select = form?.elements.namedItem("image")
  const alt = form?.elements.namedItem("alt")
  const decorative = form?.elements.namedItem("decorative")
  if (!select || !alt || !decorative) return
  const preview = document.createElement("img")
  preview.className = "prose-picture__preview"
  preview.alt = ""
  preview.width = 160
  select.after(preview)
  let shownDefault = defaultAlt(imagesByLabel.get(select.value), language)
  const showImage = () => {
    const image = imagesByLabel.get(select.value)
    preview.hidden = !image?.thumbnail
    if (image?.thumbnail) preview.src = image.thumbnail
    const next = defaultAlt(image, language)
    if (!alt.value.trim() || alt.value === shownDefault) alt.value = next
    shownDefault = next
  }
  const showDecorative = () => {
    alt.required = !decorative.checked
    alt.disabled = decorative.checked
  }
  select.addEventListener("change", showImage)
  decorative.addEventListener("change", showDecorative)
  showImage()
  showDecorative()
}

async function editPicture(editor, options, current) {
  const language = textLanguage(editor)
  const images = await loadPictures(options.picturesUrl)
  if (!images.length) {
    window.alert(gettext("The image library has no pictures yet. Upload one under Images first."))
    return
  }
  const imagesByLabel = new Map(images.map((image) => [pictureLabel(image), image]))
  const chosen = current && images.find((image) => String(image.id) === String(current.image))
  const first = chosen || images[0]
  const dialog = updateAttrsDialog(
    {
      image: { title: gettext("Picture"), enum: images.map(pictureLabel) },
      alt: {
        type: "string",
        title: gettext("Alt text: what the picture shows, for people who cannot see it"),
      },
      decorative: {
        type: "boolean",
        title: gettext("Decorative: it adds nothing to the text (screen readers skip it)"),
      },
      caption: { type: "string", title: gettext("Caption (optional)") },
    },
    {
      title: current ? gettext("Change picture") : gettext("Insert picture"),
      submitText: current ? gettext("Update") : gettext("Insert"),
    },
  )(editor, {
    image: pictureLabel(first),
    alt: current ? current.alt : defaultAlt(first, language),
    decorative: current ? current.decorative : false,
    caption: current ? current.caption : "",
  })
  connectPictureDialog(editor, imagesByLabel, language)
  const values = await dialog
  if (!values) return
  const image = imagesByLabel.get(values.image)
  if (!image) return
  const decorative = Boolean(values.decorative)
  const attrs = {
    image: String(image.id),
    alt: decorative ? "" : (values.alt || "").trim(),
    decorative,
    caption: (values.caption || "").trim(),
  }
  if (current) {
    editor.chain().focus().updateAttributes("picture", attrs).run()
  } else {
    editor.chain().focus().insertContent({ type: "picture", attrs }).run()
  }
}

export const Picture = Node.create({
  name: "picture",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { picturesUrl: null }
  },

  addAttributes() {
    return {
      image: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-image"),
        renderHTML: (attributes) => ({ "data-image": attributes.image }),
      },
      alt: {
        default: "",
        parseHTML: (element) => element.getAttribute("data-alt") || "",
        renderHTML: (attributes) => ({
          "data-alt": attributes.decorative ? "" : attributes.alt || "",
        }),
      },
      decorative: {
        default: false,
        parseHTML: (element) => element.getAttribute("data-decorative") === "true",
        renderHTML: (attributes) =>
          attributes.decorative ? { "data-decorative": "true" } : {},
      },
      caption: {
        default: "",
        parseHTML: (element) => element.querySelector("figcaption")?.textContent.trim() || "",
        renderHTML: () => ({}),
      },
    }
  },

  parseHTML() {
    return [{ tag: "figure[data-image]" }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const { caption } = node.attrs
    return caption ? ["figure", HTMLAttributes, ["figcaption", caption]] : ["figure", HTMLAttributes]
  },

  // What the author sees: the thumbnail (never stored), the caption and the alt text.
  addNodeView() {
    const options = this.options
    return ({ node: initial }) => {
      let node = initial
      const dom = document.createElement("figure")
      dom.className = "prose-picture"
      const img = document.createElement("img")
      img.width = 240
      const caption = document.createElement("figcaption")
      const about = document.createElement("small")
      dom.append(img, caption, about)
      const fill = () => {
        const { image, alt, decorative } = node.attrs
        dom.dataset.image = image || ""
        img.alt = decorative ? "" : alt
        caption.textContent = node.attrs.caption
        about.textContent = decorative
          ? gettext("Decorative picture (no alt text)")
          : `${gettext("Alt text:")} ${alt || gettext("none yet")}`
        loadPictures(options.picturesUrl).then((images) => {
          const found = images.find((item) => String(item.id) === String(image))
          img.hidden = !found?.thumbnail
          if (found?.thumbnail) img.src = found.thumbnail
          if (!found) about.textContent = gettext("This picture is no longer in the image library.")
        })
      }
      fill()
      return {
        dom,
        update(updated) {
          if (updated.type !== node.type) return false
          node = updated
          fill()
          return true
        },
      }
    }
  },

  addCommands() {
    return {
      choosePicture:
        () =>
        ({ editor, state, dispatch }) => {
          const selected = state.selection.node
          const current = selected?.type.name === this.name ? selected.attrs : null
          if (!current && !canInsertNode(state, state.schema.nodes[this.name])) return false
          if (!dispatch) return true // asked whether it could: no dialog
          editPicture(editor, this.options, current)
          return true
        },
    }
  },

  addMenuItems({ buttons, menu }) {
    menu.defineItem({
      name: "picture",
      groups: "nodes",
      command(editor) {
        editor.chain().focus().choosePicture().run()
      },
      button: buttons.material("image", gettext("Picture")),
      active(editor) {
        return editor.isActive("picture")
      },
    })
  },
})
