import BoardView
import CNcursesw
