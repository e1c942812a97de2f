from home.management.commands.purge_personal_data import Command as PurgePersonalData


class Command(PurgePersonalData):
    help = "Old name of `purge_personal_data`, which runs every retention rule of the site."
