import ArgumentParser
import BoardModel
import BoardView
