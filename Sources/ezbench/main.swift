import BoardModel
