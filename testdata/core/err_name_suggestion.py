# CPython 3.11 appends a suggestion to the last line of the traceback
message = 'hi'
pritn(message)
