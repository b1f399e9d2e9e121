## The learning route: the newcomer step-plan template and stack progress.

route-template-language = Learn the language of your new country
route-template-diploma = Have your diplomas evaluated
route-template-register = Register with the job centre
route-template-work-experience = Gain work experience here (volunteer work, a language internship or a work-experience place)
route-template-network = Build your network
route-template-apply = Apply for jobs
# Variables:
#   $earned (Number) - credentials of the stack earned so far
#   $total (Number) - credentials in the stack
route-stack-progress = { $earned } of { $total } earned
