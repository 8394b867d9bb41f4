"""International programs (Erasmus+, UNESCO...) and their projects.

One word throughout the code and the URLs: "program", as the app's folder,
fixed by the design card, spells it (the model Program, /programs/, the
templates). Only the English interface text says "programme": the site's
English is British, and that is text for translators, not a name in code.
"""
