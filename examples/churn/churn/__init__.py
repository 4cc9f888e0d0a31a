"""Customer-churn scoring: a small logistic-regression model in pure Python, served as an MLComponent."""
