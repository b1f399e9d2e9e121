## Changing a route step on the route screen: its form, and why the core refuses a change.

route-step-edit-title = Change this step
route-step-save = Save the step
route-step-due-help = For example 2026-05-31. Leave empty if there is no date.

error-route-step-title-empty = This step has no title.
hint-route-step-title-empty = Write in a few words what the step is, for example “Visit the job centre”.
# Variables:
#   $date (String) - the text typed as the due date
error-route-step-date-invalid = “{ $date }” is not a date.
# Variables:
#   $date (String) - the text typed as the due date (not shown in the hint)
hint-route-step-date-invalid = Write the date as year-month-day, for example 2026-05-31, or leave it empty.
error-route-step-helper-incomplete = Say who helps: choose who it is and write their name.
hint-route-step-helper-incomplete = If nobody helps yet, choose “Nobody yet” and leave the name empty.
