import json
class Point:
    pass
json.dumps({'p': Point()})
