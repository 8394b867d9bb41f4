"""Each number in a department's phone text becomes a phone number row.

Text is split where staff separate numbers (commas, semicolons, slashes,
new lines). What does not read as one valid number stays in the phone
field (now "other phone details") and is printed, so nothing is lost.
"""

import re

import phonenumbers
from django.db import migrations

SEPARATORS = re.compile(r"[,;/\n]+")


def _e164(text):
    try:
        number = phonenumbers.parse(text, "UZ")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def move_phone_text_into_numbers(apps, schema_editor):
    Department = apps.get_model("departments", "Department")
    DepartmentPhone = apps.get_model("departments", "DepartmentPhone")
    for department in Department.objects.exclude(phone=""):
        numbers, unread = [], []
        for part in filter(None, (part.strip() for part in SEPARATORS.split(department.phone))):
            number = _e164(part)
            if number is None:
                unread.append(part)
            elif number not in numbers:
                numbers.append(number)
        DepartmentPhone.objects.bulk_create(
            DepartmentPhone(department=department, number=number, position=position)
            for position, number in enumerate(numbers)
        )
        department.phone = ", ".join(unread)
        department.save(update_fields=["phone"])
        if unread:
            print(
                f"\n  Department {department.slug}: kept {department.phone!r} in "
                "'other phone details': it is not a valid phone number."
            )


def _within(max_length, parts):
    """`parts` joined by commas, leaving out those that would not fit in
    `max_length` characters; and the parts left out."""
    kept, left_out = [], []
    for part in parts:
        if len(", ".join([*kept, part])) <= max_length:
            kept.append(part)
        else:
            left_out.append(part)
    return ", ".join(kept), left_out


def move_numbers_back_into_phone_text(apps, schema_editor):
    Department = apps.get_model("departments", "Department")
    max_length = Department._meta.get_field("phone").max_length
    for department in Department.objects.prefetch_related("phones"):
        numbers = [phone.number for phone in department.phones.all()]
        if numbers:
            parts = [*numbers, department.phone] if department.phone else numbers
            department.phone, left_out = _within(max_length, parts)
            department.save(update_fields=["phone"])
            department.phones.all().delete()
            if left_out:
                print(
                    f"\n  Department {department.slug}: {', '.join(left_out)!r} did not fit "
                    f"in its {max_length}-character phone text and was dropped."
                )


class Migration(migrations.Migration):
    dependencies = [("departments", "0002_department_phone_numbers_and_constraint_messages")]

    operations = [
        migrations.RunPython(move_phone_text_into_numbers, move_numbers_back_into_phone_text),
    ]
