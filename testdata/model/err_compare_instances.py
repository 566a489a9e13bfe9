class Job:
    def __init__(self, p):
        self.p = p
jobs = [Job(3), Job(1)]
jobs.sort()
