"""Learned scores: word features shared by training and run time, and the linear models' weights.

The models are trained offline (tools/train.py, scikit-learn) and shipped as plain JSON; this
package applies them in pure Python, so the checker stays standard-library only.
"""
