; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [3/4, 1/4], "B" [3/4, 1/4] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: Chicken, both play the threshold strategy (seed 002)
; fingerprint: oracle-game sha256:1d35ce23e80853b783b211ec678705088b62b87e37ed0a6eafc9bd1c27162625
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"Chicken, both play the threshold strategy (seed 002)","players":[{"name":"A","outputs":["Swerve","Straight"],"bestResponse":false,"bounds":[[0,"(ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (<= 0.0 x_1_0) 0.0 x_1_0)))","(ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (>= 0.0 x_1_0) 0.0 x_1_0)))"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["2","2","3","0"]}]},{"name":"B","outputs":["Swerve","Straight"],"bestResponse":false,"bounds":[[0,"(ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (<= 0.0 x_0_0) 0.0 x_0_0)))","(ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (>= 0.0 x_0_0) 0.0 x_0_0)))"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["2","3","2","0"]}]}],"point":[["3/4","1/4"],["3/4","1/4"]],"classes":[{"members":[0,1],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"],[{"2":"1","3":"1"},"=","1"],[{"2":"-1"},">=","-3/4"],[{"0":"1","2":"-1"},"=","0"],[{"0":"-1"},">=","-3/4"],[{"0":"-1","2":"1"},"=","0"]],"vertices":[["3/4","1/4","3/4","1/4"],["0","1","0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs Swerve, Straight
(define-fun x_0_0 () Real (/ 3.0 4.0))
(define-fun x_0_1 () Real (/ 1.0 4.0))
; player 1 = B, outputs Swerve, Straight
(define-fun x_1_0 () Real (/ 3.0 4.0))
(define-fun x_1_1 () Real (/ 1.0 4.0))
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
(declare-fun c1_x_1_0 () Real)
(declare-fun c1_x_1_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0) (<= (ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (<= 0.0 x_1_0) 0.0 x_1_0))) x_0_0) (<= x_0_0 (ite (> (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_1_0 (ite (>= 0.0 x_1_0) 0.0 x_1_0)))) (>= x_1_0 0.0) (>= x_1_1 0.0) (= (+ x_1_0 x_1_1) 1.0) (<= (ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (<= 0.0 x_0_0) 0.0 x_0_0))) x_1_0) (<= x_1_0 (ite (> (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) x_0_0 (ite (>= 0.0 x_0_0) 0.0 x_0_0))))))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (= (+ c1_x_0_0 c1_x_0_1) 1.0) (<= (ite (> (+ c1_x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ c1_x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) c1_x_1_0 (ite (<= 0.0 c1_x_1_0) 0.0 c1_x_1_0))) c1_x_0_0) (<= c1_x_0_0 (ite (> (+ c1_x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ c1_x_1_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) c1_x_1_0 (ite (>= 0.0 c1_x_1_0) 0.0 c1_x_1_0)))) (>= c1_x_1_0 0.0) (>= c1_x_1_1 0.0) (= (+ c1_x_1_0 c1_x_1_1) 1.0) (<= (ite (> (+ c1_x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ c1_x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) c1_x_0_0 (ite (<= 0.0 c1_x_0_0) 0.0 c1_x_0_0))) c1_x_1_0) (<= c1_x_1_0 (ite (> (+ c1_x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) 0.0 (ite (< (+ c1_x_0_0 (* (- 1.0) (/ 3.0 4.0))) 0.0) c1_x_0_0 (ite (>= 0.0 c1_x_0_0) 0.0 c1_x_0_0))))) (not (and (= (+ (* 1.0 c1_x_0_0) (* 1.0 c1_x_0_1)) 1.0) (= (+ (* 1.0 c1_x_1_0) (* 1.0 c1_x_1_1)) 1.0) (>= (* (- 1.0) c1_x_1_0) (- (/ 3.0 4.0))) (= (+ (* 1.0 c1_x_0_0) (* (- 1.0) c1_x_1_0)) 0.0) (>= (* (- 1.0) c1_x_0_0) (- (/ 3.0 4.0))) (= (+ (* (- 1.0) c1_x_0_0) (* 1.0 c1_x_1_0)) 0.0))))))
(check-sat)
(exit)
