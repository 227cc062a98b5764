# Calling a non-callable object: TypeError with caret under the call.
handlers = {"start": print, "stop": None}
handlers["start"]("start handler runs")
handlers["stop"]("stop handler")
print("never reached")
