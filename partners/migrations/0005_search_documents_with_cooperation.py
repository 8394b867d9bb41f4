"""Partners are found by their areas of cooperation too.

PostgreSQL cannot change a generated column's expression in place (nor does
Django try): each language's search document and its index are dropped and
made again with the new text, which PostgreSQL computes for every row."""

import search.indexes
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0004_partner_cooperation"),
    ]

    operations = [
        migrations.RemoveIndex(model_name='partner', name='partner_search_uz'),
        migrations.RemoveIndex(model_name='partner', name='partner_search_ru'),
        migrations.RemoveIndex(model_name='partner', name='partner_search_en'),
        migrations.RemoveField(model_name='partner', name='search_document_uz'),
        migrations.RemoveField(model_name='partner', name='search_document_ru'),
        migrations.RemoveField(model_name='partner', name='search_document_en'),
        migrations.AddField(
            model_name='partner',
            name='search_document_uz',
            field=search.indexes.SearchDocumentField(languages=('uz', 'ru', 'en'), verbose_name='search document (uz)', weighted_fields={'city': 'B', 'cooperation': 'C', 'name': 'A'}),
        ),
        migrations.AddField(
            model_name='partner',
            name='search_document_ru',
            field=search.indexes.SearchDocumentField(languages=('ru', 'uz', 'en'), verbose_name='search document (ru)', weighted_fields={'city': 'B', 'cooperation': 'C', 'name': 'A'}),
        ),
        migrations.AddField(
            model_name='partner',
            name='search_document_en',
            field=search.indexes.SearchDocumentField(languages=('en', 'ru', 'uz'), verbose_name='search document (en)', weighted_fields={'city': 'B', 'cooperation': 'C', 'name': 'A'}),
        ),
        migrations.AddIndex(
            model_name='partner',
            index=search.indexes.SearchIndex(fields=['search_document_uz'], name='partner_search_uz'),
        ),
        migrations.AddIndex(
            model_name='partner',
            index=search.indexes.SearchIndex(fields=['search_document_ru'], name='partner_search_ru'),
        ),
        migrations.AddIndex(
            model_name='partner',
            index=search.indexes.SearchIndex(fields=['search_document_en'], name='partner_search_en'),
        ),
    ]
