"""Django admin and auth strings that Django's own Uzbek catalogue leaves
untranslated (admin: 118 of 195, auth: 57 of 79, in Django 5.2), or
translates against our convention (o' for oʻ, "straight quotes", placeholders
glued to words: "%(name)sqo'shish", "Aniq" for Clear).

Listed here so makemessages keeps them in locale/uz, where our translations
take precedence over Django's. Uzbek only: Django's Russian is complete, so
`make makemessages` leaves this module out of the Russian catalogue.
Regenerate the list after a Django upgrade (see README).
"""

from django.utils.translation import gettext_noop, ngettext_lazy, pgettext_lazy

STRINGS = [
    gettext_noop("LogEntry Object"),
    gettext_noop("Added {name} “{object}”."),
    gettext_noop("Added."),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Changed {fields}."),
    gettext_noop("Deleted {name} “{object}”."),
    gettext_noop("No fields changed."),
    gettext_noop("Hold down “Control”, or “Command” on a Mac, to select more than one."),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop(
        "Items must be selected in order to perform actions on them. No items have been changed."
    ),
    gettext_noop("No action selected."),
    gettext_noop("%(name)s with ID “%(key)s” doesn’t exist. Perhaps it was deleted?"),
    ngettext_lazy(
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
        1,
    ),
    ngettext_lazy("%(total_count)s selected", "All %(total_count)s selected", 1),
    gettext_noop("0 of %(cnt)s selected"),
    gettext_noop("Change history: %s"),
    gettext_noop("%(class_name)s %(instance)s"),
    gettext_noop(
        "Deleting %(class_name)s %(instance)s would require deleting the following protected related objects: %(related_objects)s"
    ),
    gettext_noop("Django site admin"),
    gettext_noop("Django administration"),
    gettext_noop("Site administration"),
    gettext_noop("Log in"),
    gettext_noop("%(app)s administration"),
    gettext_noop("Page not found"),
    gettext_noop("We’re sorry, but the requested page could not be found."),
    gettext_noop("Home"),
    gettext_noop(
        "There’s been an error. It’s been reported to the site administrators via email and should be fixed shortly. Thanks for your patience."
    ),
    gettext_noop("Go"),
    gettext_noop("Click here to select the objects across all pages"),
    gettext_noop("Select all %(total_count)s %(module_name)s"),
    gettext_noop("Clear selection"),
    gettext_noop("Breadcrumbs"),
    gettext_noop("Models in the %(name)s application"),
    gettext_noop("You don’t have permission to view or edit anything."),
    gettext_noop(
        "First, enter a username and password. Then, you’ll be able to edit more user options."
    ),
    ngettext_lazy("Please correct the error below.", "Please correct the errors below.", 1),
    gettext_noop("Enter a new password for the user <strong>%(username)s</strong>."),
    gettext_noop("Skip to main content"),
    gettext_noop("History"),
    gettext_noop("Hide counts"),
    gettext_noop("Show counts"),
    gettext_noop("Clear all filters"),
    gettext_noop("Sorting priority: %(priority_number)s"),
    gettext_noop("Toggle sorting"),
    gettext_noop("Toggle theme (current theme: auto)"),
    gettext_noop("Toggle theme (current theme: light)"),
    gettext_noop("Toggle theme (current theme: dark)"),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would require deleting the following protected related objects:"
    ),
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? All of the following related items will be deleted:'
    ),
    gettext_noop("Objects"),
    gettext_noop("Yes, I’m sure"),
    gettext_noop("No, take me back"),
    gettext_noop("Delete multiple objects"),
    gettext_noop(
        "Deleting the selected %(objects_name)s would result in deleting related objects, but your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would require deleting the following protected related objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the following objects and their related items will be deleted:"
    ),
    gettext_noop(" By %(filter_title)s "),
    gettext_noop("None available"),
    gettext_noop("Added:"),
    gettext_noop("Changed:"),
    gettext_noop("Deleted:"),
    gettext_noop("Unknown content"),
    gettext_noop(
        "Something’s wrong with your database installation. Make sure the appropriate database tables have been created, and make sure the database is readable by the appropriate user."
    ),
    gettext_noop(
        "You are authenticated as %(username)s, but are not authorized to access this page. Would you like to login to a different account?"
    ),
    gettext_noop("Forgotten your password or username?"),
    gettext_noop("Sidebar"),
    gettext_noop("Start typing to filter…"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Date/time"),
    gettext_noop("User"),
    gettext_noop("Action"),
    ngettext_lazy("entry", "entries", 1),
    gettext_noop(
        "This object doesn’t have a change history. It probably wasn’t added via this admin site."
    ),
    gettext_noop("Show all"),
    gettext_noop("Popup closing…"),
    ngettext_lazy("%(counter)s result", "%(counter)s results", 1),
    gettext_noop("%(full_result_count)s total"),
    gettext_noop("Save as new"),
    gettext_noop("Save and add another"),
    gettext_noop("Save and continue editing"),
    gettext_noop("Save and view"),
    gettext_noop("Close"),
    gettext_noop("Change selected %(model)s"),
    gettext_noop("Add another %(model)s"),
    gettext_noop("Delete selected %(model)s"),
    gettext_noop("View selected %(model)s"),
    gettext_noop("Thanks for spending some quality time with the web site today."),
    gettext_noop("Log in again"),
    gettext_noop("Password change"),
    gettext_noop("Your password was changed."),
    gettext_noop(
        "Please enter your old password, for security’s sake, and then enter your new password twice so we can verify you typed it in correctly."
    ),
    gettext_noop("Change my password"),
    gettext_noop("Password reset"),
    gettext_noop("Your password has been set.  You may go ahead and log in now."),
    gettext_noop("Password reset confirmation"),
    gettext_noop(
        "Please enter your new password twice so we can verify you typed it in correctly."
    ),
    gettext_noop("New password:"),
    gettext_noop("Confirm password:"),
    gettext_noop(
        "The password reset link was invalid, possibly because it has already been used.  Please request a new password reset."
    ),
    gettext_noop(
        "We’ve emailed you instructions for setting your password, if an account exists with the email you entered. You should receive them shortly."
    ),
    gettext_noop(
        "If you don’t receive an email, please make sure you’ve entered the address you registered with, and check your spam folder."
    ),
    gettext_noop(
        "You're receiving this email because you requested a password reset for your user account at %(site_name)s."
    ),
    gettext_noop("Please go to the following page and choose a new password:"),
    gettext_noop("Your username, in case you’ve forgotten:"),
    gettext_noop("Thanks for using our site!"),
    gettext_noop("The %(site_name)s team"),
    gettext_noop(
        "Forgotten your password? Enter your email address below, and we’ll email instructions for setting a new one."
    ),
    gettext_noop("Email address:"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Select %s to change"),
    gettext_noop("Select %s to view"),
    gettext_noop("Old password"),
    gettext_noop("Password (again)"),
    gettext_noop("algorithm"),
    gettext_noop("iterations"),
    gettext_noop("salt"),
    gettext_noop("hash"),
    gettext_noop("variety"),
    gettext_noop("version"),
    gettext_noop("memory cost"),
    gettext_noop("time cost"),
    gettext_noop("parallelism"),
    gettext_noop("work factor"),
    gettext_noop("checksum"),
    gettext_noop("name"),
    gettext_noop("content type"),
    gettext_noop("codename"),
    gettext_noop("permission"),
    gettext_noop("permissions"),
    gettext_noop("group"),
    gettext_noop("groups"),
    gettext_noop("superuser status"),
    gettext_noop(
        "Designates that this user has all permissions without explicitly assigning them."
    ),
    gettext_noop(
        "The groups this user belongs to. A user will get all permissions granted to each of their groups."
    ),
    gettext_noop("user permissions"),
    gettext_noop("Specific permissions for this user."),
    gettext_noop("username"),
    gettext_noop("Required. 150 characters or fewer. Letters, digits and @/./+/-/_ only."),
    gettext_noop("A user with that username already exists."),
    gettext_noop("first name"),
    gettext_noop("last name"),
    gettext_noop("email address"),
    gettext_noop("staff status"),
    gettext_noop("Designates whether the user can log into this admin site."),
    gettext_noop("active"),
    gettext_noop(
        "Designates whether this user should be treated as active. Unselect this instead of deleting accounts."
    ),
    gettext_noop("date joined"),
    gettext_noop("user"),
    gettext_noop("users"),
    ngettext_lazy(
        "This password is too short. It must contain at least %(min_length)d character.",
        "This password is too short. It must contain at least %(min_length)d characters.",
        1,
    ),
    ngettext_lazy(
        "Your password must contain at least %(min_length)d character.",
        "Your password must contain at least %(min_length)d characters.",
        1,
    ),
    gettext_noop("The password is too similar to the %(verbose_name)s."),
    gettext_noop("Your password can’t be too similar to your other personal information."),
    gettext_noop("This password is too common."),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("This password is entirely numeric."),
    gettext_noop("Your password can’t be entirely numeric."),
    gettext_noop("Password reset on %(site_name)s"),
    gettext_noop(
        "Enter a valid username. This value may contain only English letters, numbers, and @/./+/-/_ characters."
    ),
    gettext_noop(
        "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters."
    ),
    gettext_noop("Logged out"),
    gettext_noop("Password reset sent"),
    gettext_noop("Enter new password"),
    gettext_noop("Password reset unsuccessful"),
    gettext_noop("Password reset complete"),
    gettext_noop("Password change successful"),
    # Added by Django 5.0-5.2 (screen-reader labels, password-based authentication),
    # and core and contenttypes strings the admin shows.
    gettext_noop("Central Kurdish (Sorani)"),
    gettext_noop("Malay"),
    gettext_noop("Uyghur"),
    gettext_noop("…"),
    gettext_noop("Enter a valid domain name."),
    gettext_noop("Enter a valid %(protocol)s address."),
    gettext_noop("IPv4"),
    gettext_noop("IPv6"),
    gettext_noop("IPv4 or IPv6"),
    gettext_noop("Ensure this value is a multiple of step size %(limit_value)s."),
    gettext_noop(
        "Ensure this value is a multiple of step size %(limit_value)s, starting from %(offset)s, e.g. %(offset)s, %(valid_value1)s, %(valid_value2)s, and so on."
    ),
    gettext_noop("Constraint “%(name)s” is violated."),
    gettext_noop("String (unlimited)"),
    gettext_noop("%(model)s instance with %(field)s %(value)r is not a valid choice."),
    gettext_noop(
        "ManagementForm data is missing or has been tampered with. Missing fields: %(field_names)s. You may need to file a bug report if the issue persists."
    ),
    ngettext_lazy(
        "Please submit at most %(num)d form.", "Please submit at most %(num)d forms.", 1
    ),
    ngettext_lazy(
        "Please submit at least %(num)d form.", "Please submit at least %(num)d forms.", 1
    ),
    gettext_noop(
        "You are seeing this message because this HTTPS site requires a “Referer header” to be sent by your web browser, but none was sent. This header is required for security reasons, to ensure that your browser is not being hijacked by third parties."
    ),
    gettext_noop("Model name"),
    gettext_noop("Add link"),
    gettext_noop("Change or view list link"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop("Error:"),
    gettext_noop("Set password"),
    gettext_noop(
        "This action will <strong>enable</strong> password-based authentication for this user."
    ),
    gettext_noop("Disable password-based authentication"),
    gettext_noop("Enable password-based authentication"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop("In case you’ve forgotten, you are:"),
    gettext_noop("Conflicting form data submitted. Please try again."),
    gettext_noop("Password-based authentication was disabled."),
    gettext_noop("Set password: %s"),
    gettext_noop("Reset password"),
    gettext_noop(
        "Whether the user will be able to authenticate using a password or not. If disabled, they may still be able to authenticate using other backends, such as Single Sign-On or LDAP."
    ),
    gettext_noop("Password-based authentication"),
    gettext_noop("Enabled"),
    gettext_noop("Disabled"),
    gettext_noop("Raw passwords are not stored, so there is no way to see the user’s password."),
    gettext_noop("Enable password-based authentication for this user by setting a password."),
    gettext_noop("block size"),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        1,
    ),
    gettext_noop(
        "Enter a valid username. This value may contain only unaccented lowercase a-z and uppercase A-Z letters, numbers, and @/./+/-/_ characters."
    ),
    gettext_noop("Content Types"),
    gettext_noop("python model class name"),
    gettext_noop("content types"),
    gettext_noop("Content type %(ct_id)s object has no associated model"),
    gettext_noop("Content type %(ct_id)s object %(obj_id)s doesn’t exist"),
    gettext_noop("%(ct_name)s objects don’t have a get_absolute_url() method"),
    # Translated by Django, but with ASCII apostrophes (o'), straight quotes or
    # broken word order ("%(name)sqo'shish"): overridden in our convention.
    gettext_noop("Kyrgyz"),
    gettext_noop("Mongolian"),
    gettext_noop("Traditional Chinese"),
    gettext_noop("That page contains no results"),
    gettext_noop("Enter a valid value."),
    gettext_noop("Enter a valid URL."),
    gettext_noop("Enter a valid integer."),
    gettext_noop("Enter a valid email address."),
    gettext_noop("Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."),
    gettext_noop(
        "Enter a valid “slug” consisting of Unicode letters, numbers, underscores, or hyphens."
    ),
    gettext_noop("Enter a valid IPv4 address."),
    gettext_noop("Enter a valid IPv6 address."),
    gettext_noop("Enter a valid IPv4 or IPv6 address."),
    ngettext_lazy(
        "Ensure this value has at least %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d).",
        1,
    ),
    ngettext_lazy(
        "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
        "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
        1,
    ),
    ngettext_lazy(
        "Ensure that there are no more than %(max)s digit in total.",
        "Ensure that there are no more than %(max)s digits in total.",
        1,
    ),
    ngettext_lazy(
        "Ensure that there are no more than %(max)s decimal place.",
        "Ensure that there are no more than %(max)s decimal places.",
        1,
    ),
    ngettext_lazy(
        "Ensure that there are no more than %(max)s digit before the decimal point.",
        "Ensure that there are no more than %(max)s digits before the decimal point.",
        1,
    ),
    gettext_noop(
        "File extension “%(extension)s” is not allowed. Allowed extensions are: %(allowed_extensions)s."
    ),
    gettext_noop("Null characters are not allowed."),
    gettext_noop("Value %(value)r is not a valid choice."),
    gettext_noop("This field cannot be null."),
    gettext_noop("This field cannot be blank."),
    gettext_noop("%(model_name)s with this %(field_label)s already exists."),
    gettext_noop("%(field_label)s must be unique for %(date_field_label)s %(lookup_type)s."),
    gettext_noop("“%(value)s” value must be either True or False."),
    gettext_noop("“%(value)s” value must be either True, False, or None."),
    gettext_noop("Boolean (Either True or False)"),
    gettext_noop("“%(value)s” value has an invalid date format. It must be in YYYY-MM-DD format."),
    gettext_noop(
        "“%(value)s” value has the correct format (YYYY-MM-DD) but it is an invalid date."
    ),
    gettext_noop(
        "“%(value)s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format."
    ),
    gettext_noop(
        "“%(value)s” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time."
    ),
    gettext_noop("“%(value)s” value must be a decimal number."),
    gettext_noop("Decimal number"),
    gettext_noop(
        "“%(value)s” value has an invalid format. It must be in [DD] [[HH:]MM:]ss[.uuuuuu] format."
    ),
    gettext_noop("“%(value)s” value must be a float."),
    gettext_noop("“%(value)s” value must be an integer."),
    gettext_noop("“%(value)s” value must be either None, True or False."),
    gettext_noop("Boolean (Either True, False or None)"),
    gettext_noop(
        "“%(value)s” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format."
    ),
    gettext_noop(
        "“%(value)s” value has the correct format (HH:MM[:ss[.uuuuuu]]) but it is an invalid time."
    ),
    gettext_noop("Raw binary data"),
    gettext_noop("“%(value)s” is not a valid UUID."),
    gettext_noop("A JSON object"),
    gettext_noop("Value must be valid JSON."),
    gettext_noop("%(model)s instance with %(field)s %(value)r does not exist."),
    gettext_noop("%(from)s-%(to)s relationship"),
    gettext_noop("%(from)s-%(to)s relationships"),
    gettext_noop("Many-to-many relationship"),
    gettext_noop("This field is required."),
    gettext_noop("Enter a valid date."),
    gettext_noop("Enter a valid time."),
    gettext_noop("Enter a valid date/time."),
    gettext_noop("Enter a valid duration."),
    gettext_noop("The number of days must be between {min_days} and {max_days}."),
    gettext_noop("The submitted file is empty."),
    ngettext_lazy(
        "Ensure this filename has at most %(max)d character (it has %(length)d).",
        "Ensure this filename has at most %(max)d characters (it has %(length)d).",
        1,
    ),
    gettext_noop(
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    ),
    gettext_noop("Select a valid choice. %(value)s is not one of the available choices."),
    gettext_noop("Enter a list of values."),
    gettext_noop("Enter a complete value."),
    gettext_noop("Enter a valid UUID."),
    gettext_noop("Delete"),
    gettext_noop("Please correct the duplicate data for %(field)s."),
    gettext_noop("Please correct the duplicate data for %(field)s, which must be unique."),
    gettext_noop(
        "Please correct the duplicate data for %(field_name)s which must be unique for the %(lookup)s in %(date_field)s."
    ),
    gettext_noop("Please correct the duplicate values below."),
    gettext_noop("Select a valid choice. That choice is not one of the available choices."),
    gettext_noop("“%(pk)s” is not a valid value."),
    gettext_noop(
        "%(datetime)s couldn’t be interpreted in time zone %(current_timezone)s; it may be ambiguous or it may not exist."
    ),
    gettext_noop("Clear"),
    gettext_noop("Unknown"),
    gettext_noop("No"),
    gettext_noop("yes,no,maybe"),
    ngettext_lazy("%(size)d byte", "%(size)d bytes", 1),
    gettext_noop("This is not a valid IPv6 address."),
    ngettext_lazy("%(num)d month", "%(num)d months", 1),
    gettext_noop("CSRF verification failed. Request aborted."),
    gettext_noop(
        "If you have configured your browser to disable “Referer” headers, please re-enable them, at least for this site, or for HTTPS connections, or for “same-origin” requests."
    ),
    gettext_noop(
        "You are seeing this message because this site requires a CSRF cookie when submitting forms. This cookie is required for security reasons, to ensure that your browser is not being hijacked by third parties."
    ),
    gettext_noop(
        "If you have configured your browser to disable cookies, please re-enable them, at least for this site, or for “same-origin” requests."
    ),
    gettext_noop("More information is available with DEBUG=True."),
    gettext_noop("No year specified"),
    gettext_noop("No month specified"),
    gettext_noop("No day specified"),
    gettext_noop("No %(verbose_name_plural)s available"),
    gettext_noop(
        "Future %(verbose_name_plural)s not available because %(class_name)s.allow_future is False."
    ),
    gettext_noop("Invalid date string “%(datestr)s” given format “%(format)s”"),
    gettext_noop("No %(verbose_name)s found matching the query"),
    gettext_noop("Page is not “last”, nor can it be converted to an int."),
    gettext_noop("Invalid page (%(page_number)s): %(message)s"),
    gettext_noop("Empty list and “%(class_name)s.allow_empty” is False."),
    gettext_noop("Directory indexes are not allowed here."),
    gettext_noop("“%(path)s” does not exist"),
    gettext_noop("The install worked successfully! Congratulations!"),
    gettext_noop("Topics, references, &amp; how-to’s"),
    gettext_noop("Tutorial: A Polling App"),
    gettext_noop("Connect, get help, or contribute"),
    gettext_noop("Delete selected %(verbose_name_plural)s"),
    gettext_noop("Successfully deleted %(count)d %(items)s."),
    gettext_noop("Cannot delete %(name)s"),
    gettext_noop("Past 7 days"),
    gettext_noop("No date"),
    gettext_noop("Empty"),
    gettext_noop("Not empty"),
    gettext_noop(
        "Please enter the correct %(username)s and password for a staff account. Note that both fields may be case-sensitive."
    ),
    gettext_noop("Add another %(verbose_name)s"),
    gettext_noop("Remove"),
    gettext_noop("Addition"),
    gettext_noop("Deletion"),
    gettext_noop("action flag"),
    gettext_noop("change message"),
    gettext_noop("Added “%(object)s”."),
    gettext_noop("Changed “%(object)s” — %(changes)s"),
    gettext_noop("Deleted “%(object)s.”"),
    gettext_noop("None"),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("Add %s"),
    gettext_noop("Change %s"),
    gettext_noop("View %s"),
    gettext_noop("Database error"),
    gettext_noop("Add"),
    gettext_noop("View"),
    gettext_noop("Change password"),
    gettext_noop("View site"),
    gettext_noop("Documentation"),
    gettext_noop("Add %(name)s"),
    gettext_noop("View on site"),
    gettext_noop("Delete?"),
    gettext_noop("Recent actions"),
    gettext_noop("Change:"),
    gettext_noop("Personal info"),
    gettext_noop("Password changed successfully."),
    gettext_noop("Change password: %s"),
    gettext_noop("No password set."),
    gettext_noop("Invalid password format or unknown hashing algorithm."),
    gettext_noop(
        "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive."
    ),
    gettext_noop("Your old password was entered incorrectly. Please enter it again."),
    gettext_noop("session data"),
    gettext_noop("The domain name cannot contain any spaces or tabs."),
    gettext_noop("display name"),
    # django-import-export's screens (4.4), which ship no Uzbek.
    gettext_noop("Import"),
    gettext_noop("Export"),
    gettext_noop("%s through import_export"),
    gettext_noop("Import finished: {} new, {} updated, {} deleted and {} skipped {}."),
    gettext_noop(
        "%(exc_name)s encountered while trying to read file. Ensure you have chosen "
        "the correct format for the file."
    ),
    gettext_noop(
        "No valid data to import. Ensure your file has the correct headers or data for import."
    ),
    gettext_noop("Export selected %(verbose_name_plural)s"),
    gettext_noop("Resource"),
    gettext_noop("Format"),
    gettext_noop("File to import"),
    gettext_noop('Select at least 1 field for "%(resource_name)s" to export'),
    gettext_noop("This exporter will export the following fields: "),
    gettext_noop("Submit"),
    gettext_noop(
        "Below is a preview of data to be imported. If you are satisfied with the "
        "results, click 'Confirm import'"
    ),
    gettext_noop("Confirm import"),
    gettext_noop("Errors"),
    gettext_noop("Line number"),
    gettext_noop("Some rows failed to validate"),
    gettext_noop(
        "Please correct these errors in your data where possible, then reupload it "
        "using the form above."
    ),
    gettext_noop("Row"),
    gettext_noop("Non field specific"),
    gettext_noop("Preview"),
    gettext_noop("New"),
    gettext_noop("Skipped"),
    gettext_noop("Update"),
    gettext_noop("This importer will import the following fields: "),
    gettext_noop("Value could not be parsed."),
    ngettext_lazy("Export %(len)s selected item.", "Export %(len)s selected items.", 1),
    # Month names inside a date ("2-dekabr, 2026-yil", Django's Uzbek date
    # format "j-E, Y-yil") are lowercase in Uzbek, as CLDR writes them;
    # Django's catalogue capitalises them mid-sentence.
    pgettext_lazy("alt. month", "January"),
    pgettext_lazy("alt. month", "February"),
    pgettext_lazy("alt. month", "March"),
    pgettext_lazy("alt. month", "April"),
    pgettext_lazy("alt. month", "May"),
    pgettext_lazy("alt. month", "June"),
    pgettext_lazy("alt. month", "July"),
    pgettext_lazy("alt. month", "August"),
    pgettext_lazy("alt. month", "September"),
    pgettext_lazy("alt. month", "October"),
    pgettext_lazy("alt. month", "November"),
    pgettext_lazy("alt. month", "December"),
]
