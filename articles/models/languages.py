# The one definition is clinic's; migrations name it by this path.
from clinic.languages import translation_languages

__all__ = ["translation_languages"]
