"""Migration operations for models that move from one app to another.

A moved model keeps its table (``db_table``); its app only changes in
Django's state (``SeparateDatabaseAndState``). ``MoveContentTypes`` renames its
content type too, so permissions given to staff roles, the admin's change log
and generic links (drafts, workflow events) stay attached to it.
"""

from django.db import migrations


class MoveContentTypes(migrations.RunPython):
    def __init__(self, old_app: str, new_app: str, models: list[str]):
        self.old_app, self.new_app, self.models = old_app, new_app, models
        super().__init__(self._forwards, self._backwards, elidable=False)

    def deconstruct(self):
        return (
            self.__class__.__qualname__,
            [],
            {"old_app": self.old_app, "new_app": self.new_app, "models": self.models},
        )

    def _forwards(self, apps, schema_editor):
        self._move(apps, self.old_app, self.new_app)

    def _backwards(self, apps, schema_editor):
        self._move(apps, self.new_app, self.old_app)

    def _move(self, apps, old, new):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in self.models:
            # A database that never had the old one (or already has the new
            # one, made by a flush) has nothing to move.
            if not ContentType.objects.filter(app_label=new, model=model).exists():
                ContentType.objects.filter(app_label=old, model=model).update(app_label=new)
